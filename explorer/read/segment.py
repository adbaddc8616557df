"""Word segmentation with jieba, taught the domain terms and the report's own concepts.

The tokenizer loaded from ``data/userdict.txt`` is never changed after loading: a text's
words and labels do not depend on what was parsed before. Extra terms (quoted concepts)
go into a copy made for that set of terms.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.read.resources import USERDICT_FILE

if TYPE_CHECKING:
    import jieba


@lru_cache(maxsize=1)
def _cache_dir() -> str:
    """A folder of this user's own (mode 700) for jieba's dictionary cache, not the shared temp folder
    where another user could plant one; if it cannot be made, a fresh private temporary folder."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "court-experience-explorer"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid == os.getuid() and not folder.stat().st_mode & 0o077:
            return str(folder)
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="court-explorer-jieba-")


@lru_cache(maxsize=1)
def _base_tokenizer() -> jieba.Tokenizer:
    import jieba  # only parsing and word lists segment text; opening a store and searching need not import it

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.tmp_dir = _cache_dir()
    tok.initialize()
    tok.load_userdict(str(USERDICT_FILE))
    return tok


@lru_cache(maxsize=8)
def _with_terms(terms: frozenset[str]) -> jieba.Tokenizer:
    base = _base_tokenizer()
    tok = type(base)()
    tok.FREQ, tok.total = dict(base.FREQ), base.total
    tok.user_word_tag_tab = dict(base.user_word_tag_tab)
    tok.initialized = True
    for term in sorted(terms):
        tok.add_word(term)
    return tok


def tokenizer(extra_terms: Iterable[str] = ()) -> jieba.Tokenizer:
    """The curated tokenizer, or a copy of it with ``extra_terms`` kept whole; neither changes later."""
    base = _base_tokenizer()
    new = frozenset(t for t in extra_terms if t and base.FREQ.get(t, 0) == 0)
    return _with_terms(new) if new else base


def cut(text: str, extra_terms: Iterable[str] = ()) -> list[str]:
    """Tokens of ``text`` (no HMM guessing, so results are stable).

    >>> cut("创建无讼社区")
    ['创建', '无讼社区']
    """
    return tokenizer(extra_terms).lcut(text, HMM=False)


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba.posseg  # only parsing tags parts of speech; the app's pages need not import it

    # jieba.posseg read the default dictionary's tags at import (its own ``dt``); POSTokenizer() would
    # read the same file again (0.4 s of a one-report rebuild). A copy: tagging adds the user
    # dictionary's tags to the table it uses.
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = _base_tokenizer()
    pos.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return pos


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs, using the same dictionary."""
    return list(_tagged(text))


@lru_cache(maxsize=8192)  # the short phrases labels and counts are read from repeat across reports
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.word, p.flag) for p in _pos_tokenizer().cut(text, HMM=False))


def words(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of every token but spaces: the one tokenisation of word lists, collocates
    and word-level queries (each punctuation mark is a token of its own).

    >>> words("创建 无讼社区。")
    [('创建', 0, 2), ('无讼社区', 3, 7), ('。', 7, 8)]
    """
    return [(w, a, b) for w, a, b in tokenizer().tokenize(text, HMM=False) if w.strip()]


def tagged_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, int, int]]:
    """(token, part of speech, start, end) of the :func:`words` of ``text`` that lie in ``text[start:end]``,
    exactly as in the whole text: jieba cuts each run of Han characters, letters and digits on its own,
    so only the runs reaching into the stretch are cut. The tag is the one jieba.posseg gives the word
    without HMM (the dictionary's, the user dictionary's first; ``eng`` for Latin letters and digits; else ``x``).

    >>> tagged_words("人民法庭化解纠纷")
    [('人民法庭', 'nt', 0, 4), ('化解', 'v', 4, 6), ('纠纷', 'n', 6, 8)]
    >>> tagged_words("诉前调解。人民法庭化解纠纷", 7, 13)
    [('化解', 'v', 9, 11), ('纠纷', 'n', 11, 13)]
    """
    import jieba

    end = len(text) if end is None else end
    run = jieba.re_han_default  # what jieba.Tokenizer.cut cuts as one block

    def inside(i: int) -> bool:
        return 0 <= i < len(text) and run.match(text[i]) is not None

    lo, hi = start, end
    while lo > 0 and inside(lo - 1) and inside(lo):
        lo -= 1
    while hi < len(text) and inside(hi - 1) and inside(hi):
        hi += 1
    pos = _pos_tokenizer()
    pos.makesure_userdict_loaded()  # the user dictionary's tags join the table, as posseg's own cut does
    table = pos.word_tag_tab
    return [
        (w, table.get(w) or ("eng" if w.isascii() and w.isalnum() else "x"), lo + a, lo + b)
        for w, a, b in words(text[lo:hi])
        if start <= lo + a and lo + b <= end
    ]
