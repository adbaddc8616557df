import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.corpus.search import search
from explorer.read.dataset import Dataset, document_from_text
from explorer.read.lexicon import is_han
from explorer.read.normalize import normalize
from explorer.read.pinyin import readings, words
from explorer.read.resources import LIBRARY_DIR

DL, DC = "大连市中级人民法院", "盖州市人民法院东城人民法庭"


@pytest.mark.parametrize("query", ["无讼社区", "無訟社區", "無讼社区", "无訟社區", " 无讼社区 "])
def test_any_script_finds_the_same_hits(dataset, query):
    result = search(dataset, query)
    assert result.total == 2
    assert result.by_unit() == {DL: 1, DC: 1}
    assert [h.initiative for h in result.hits] == [
        "把牢护航党的二十大主线，在保稳定上彰显服务保障力度",
        "参与基层治理，实现诉讼案件负增长",
    ]


def test_hit_offsets_highlight_the_term(dataset, doc):
    for h in search(dataset, "無訟").hits:
        assert doc.text.clean[h.start : h.end] == "无讼"
        assert doc.text.raw[h.raw_start : h.raw_end].startswith("無訟")
        assert "无讼" in h.sentence


def test_one_hit_per_occurrence(dataset, doc):
    assert search(dataset, "营商环境").total == doc.text.clean.count("营商环境") == 5
    assert search(dataset, "审判质效").total == doc.text.clean.count("审判质效")


def test_phrase_across_token_boundaries(dataset):
    # 调解室 and 推广 are separate tokens; the phrase still matches
    assert search(dataset, "广“法云调").total == 1


@pytest.mark.parametrize(
    ("query", "units"),
    [
        ("wusong shequ", [DL, DC]),
        ("wusongshequ", [DL, DC]),
        ("WuSong SheQu", [DL, DC]),
        ("fengqiao", [DC]),
        ("fēng qiáo", [DC]),
    ],
)
def test_pinyin_queries(dataset, query, units):
    result = search(dataset, query)
    assert [h.unit for h in result.hits] == units
    assert {h.by for h in result.hits} == {"pinyin"}


def test_han_query_never_matches_by_sound(dataset):
    assert search(dataset, "风桥").total == 0  # sounds like 枫桥 but is not written so


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("香港", []),  # xiang: xian is only part of the syllable
        ("先进", [(0, 1)]),
        ("西安", [(0, 2)]),  # xi + an: spaces are optional, so this matches too
        ("全省", []),  # 省 is xing only out of context; here it is sheng
    ],
)
def test_pinyin_matches_whole_syllables_only(text, spans):
    hits = search(Dataset([document_from_text("t", "t", text)]), "xian").hits
    assert [(h.start, h.end) for h in hits] == spans


@pytest.mark.parametrize("query", [".*", "(", "[a-z]+", "'; DROP TABLE units; --", "<script>alert(1)</script>", ""])
def test_query_is_literal_data(dataset, query):
    assert search(dataset, query).total == 0


def test_latin_word_found_literally(dataset):
    (hit,) = search(dataset, "stx").hits
    assert hit.text == "STX" and hit.by == "text"


def test_unit_filter_and_long_query(dataset):
    assert search(dataset, "无讼社区", units=[DC]).by_unit() == {DC: 1}
    result = search(dataset, "法" * 500)
    assert result.truncated and len(result.query) == 200


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="省长行重会还乐觉得中国法院调解无讼社区西安先进香港朝阳银行 ，。abc1", max_size=40))
def test_readings_are_pypinyins_in_context(text):
    from pypinyin import Style, lazy_pinyin

    expected = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["-"] * len(s), v_to_u=True)
    assert readings(text) == [r if is_han(c) else "" for c, r in zip(text, expected, strict=True)]


REAL = sorted(LIBRARY_DIR.glob("*.txt"))


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_real_reports_are_cut_and_read_as_pypinyin_does(path):
    """The reading index cuts text with its own pass of pypinyin's forward maximum matching: on every
    real report, the same words as pypinyin's segmenter and the same readings as ``lazy_pinyin``."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.seg.simpleseg import seg

    text = normalize(path.read_text(encoding="utf-8-sig")).clean
    assert words(text) == seg(text)
    expected = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["-"] * len(s), v_to_u=True)
    assert readings(text) == [r if is_han(c) else "" for c, r in zip(text, expected, strict=True)]


REAL_CORPUS = LIBRARY_DIR


@pytest.fixture(scope="module")
def real_dataset(library_dataset):
    return library_dataset


@pytest.mark.parametrize(
    ("pinyin", "han"),
    [
        ("suqian tiaojie", "诉前调解"),
        ("suqiantiaojie", "诉前调解"),
        ("su qian tiao jie", "诉前调解"),
        ("fengqiao jingyan", "枫桥经验"),
        ("Fēngqiáo jīngyàn", "枫桥经验"),
        ("susong", "诉讼"),
    ],
)
def test_pinyin_of_several_words_finds_the_words_it_spells(dataset, real_dataset, pinyin, han):
    """The natural reading (longest syllables) is tried first, so a phrase is never crowded out by splits
    into a, n, e, o: every hit of the words is a hit of their pinyin, and every other hit reads the same (速送 is
    susong too, in fangxian_suyuan_caseload_2022_h16)."""
    from pypinyin import Style, lazy_pinyin

    spelled = "".join(lazy_pinyin(han, style=Style.NORMAL))
    for corpus in (dataset, real_dataset):
        got, words_ = search(corpus, pinyin).hits, search(corpus, han).hits
        assert {(h.document, h.start) for h in words_} <= {(h.document, h.start) for h in got}
        assert all("".join(lazy_pinyin(h.text, style=Style.NORMAL)) == spelled for h in got), [h.text for h in got]
    assert search(real_dataset, pinyin).total > 0


def test_a_space_the_user_typed_ends_a_syllable():
    text = "西安市法院。先进个人。"
    corpus = Dataset([document_from_text("t", "t", text)])
    assert [h.text for h in search(corpus, "xian").hits] == ["西安", "先"]
    assert [h.text for h in search(corpus, "xi an").hits] == ["西安"]
