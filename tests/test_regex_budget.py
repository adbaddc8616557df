"""A pattern query reads only the documents holding its required characters, and stops at a budget."""

from __future__ import annotations

from pathlib import Path

import pytest
import re2

from explorer.corpus import querylang
from explorer.corpus.corpora import MemoryCorpus
from explorer.corpus.search import search
from explorer.read.resources import LIBRARY_DIR, ROOT

CORPUS = LIBRARY_DIR


@pytest.fixture(scope="module")
def real(library_corpus) -> MemoryCorpus:
    return library_corpus


def scan(corpus: MemoryCorpus, pattern: str) -> int:
    """Every non-empty match in every document's clean text, with no narrowing: the oracle."""
    compiled = re2.compile(pattern)
    return sum(1 for d in corpus.dataset.documents for m in compiled.finditer(d.text.clean) if m.end() > m.start())


PATTERNS = [".{0,20}法院.{0,20}", "调解[员率]", "(调解|诉讼)率", "(?:矛盾)+纠纷", r"\d+件", "人民.{0,5}调解", "a|法院"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_narrowing_by_required_characters_finds_what_a_scan_finds(real, pattern):
    assert search(real, "re:" + pattern).total == scan(real, pattern) > 0


def test_a_pattern_reads_only_the_documents_that_hold_its_characters(real, monkeypatch):
    read = []
    segment = real.segments()[0]
    original = type(segment.index).document_text

    def counting(index, doc):
        read.append(doc)
        return original(index, doc)

    monkeypatch.setattr(type(segment.index), "document_text", counting)
    result = search(real, "re:.{0,200}枫桥经验.{0,200}")
    holding = [i for i, d in enumerate(real.dataset.documents) if "枫桥经验" in d.text.clean]
    assert result.total > 0 and sorted(set(read)) == holding and len(holding) < len(real.dataset.documents)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_pattern_past_its_time_stops_and_says_so(real, monkeypatch, lang):
    monkeypatch.setattr(querylang, "REGEX_SECONDS", 0.0)
    result = search(real, "re:.{0,200}法院.{0,200}")
    assert result.timed_out == 0.0 and result.total < scan(real, ".{0,200}法院.{0,200}")
    assert ("0 秒" in result.notice(lang)) if lang == "zh" else ("0 s" in result.notice(lang))


def test_the_search_page_shows_the_stop(monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(querylang, "REGEX_SECONDS", 0.0)
    at = AppTest.from_file(str(Path(ROOT) / "app.py"), default_timeout=60)
    at.query_params["page"] = "search"
    at.query_params["q"] = "re:.{0,200}法院"
    at.run()
    assert not at.exception
    assert any("正则表达式运行超过" in w.value for w in at.warning)
