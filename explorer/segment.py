"""Word segmentation with jieba, taught the domain terms and the report's own concepts."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache

import jieba
import jieba.posseg

from explorer.resources import USERDICT_FILE

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _base_tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    tok.load_userdict(str(USERDICT_FILE))
    return tok


def tokenizer(extra_terms: Iterable[str] = ()) -> jieba.Tokenizer:
    """The shared tokenizer, with ``extra_terms`` (e.g. quoted concepts) kept whole."""
    tok = _base_tokenizer()
    for term in extra_terms:
        if term and tok.FREQ.get(term, 0) == 0:
            tok.add_word(term)
    return tok


def cut(text: str, extra_terms: Iterable[str] = ()) -> list[str]:
    """Tokens of ``text`` (no HMM guessing, so results are stable).

    >>> cut("创建无讼社区")
    ['创建', '无讼社区']
    """
    return tokenizer(extra_terms).lcut(text, HMM=False)


@lru_cache(maxsize=1)
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(_base_tokenizer())


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs, using the same dictionary."""
    return [(p.word, p.flag) for p in _pos_tokenizer().cut(text, HMM=False)]
