import csv

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.read.corrupt import find_corrupt_spans, load_corrections
from explorer.read.normalize import OPENCC_CONFIG, find_annotations, normalize, normalize_query
from explorer.read.resources import CORRECTIONS_FILE, SCRIPT_PAIRS_FILE, SEEDS_DIR


def script_pairs():
    with open(SCRIPT_PAIRS_FILE, encoding="utf-8") as f:
        return [(r["traditional"], r["simplified"]) for r in csv.DictReader(f)]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("會議現(xiàn)場。", "会议现场。"),
        ("經(jīng)驗(yàn)交流單位:沈陽", "经验交流单位：沈阳"),
        ("創(chuàng)建“無訟社區(qū)”", "创建“无讼社区”"),
        ("個(gè)百分點(diǎn)", "个百分点"),
        ("2022年(2022)", "2022年(2022)"),  # numbers in parentheses stay
        ("法院(STX)", "法院(STX)"),  # not pinyin: stays
        ("法院(abc)", "法院(abc)"),  # Latin but not a syllable: stays
        ("法院(东城)", "法院（东城）"),  # Chinese in parentheses: full-width
        ("ABC(xiàn)", "ABC(xiàn)"),  # no Han character before it: not an annotation
        ("網(wǎng)上立案率超過(guò)90%", "网上立案率超过90%"),
        ("近４萬件", "近4万件"),  # full-width digits fold
        ("行動(dòng)\r\n會議", "行动\n会议"),
        ("1,000元", "1,000元"),  # a thousands separator is not Chinese punctuation
    ],
)
def test_normalize_examples(raw, clean):
    assert normalize(raw).clean == clean


def test_opencc_configuration_is_chosen_by_the_pairs():
    pairs = script_pairs()
    chosen = opencc.OpenCC(OPENCC_CONFIG)
    assert [(t, chosen.convert(t)) for t, _ in pairs] == pairs
    # The plain configuration fails the pairs, which is why it is not used.
    plain = opencc.OpenCC("t2s")
    assert plain.convert("著力解決") != "着力解决"


@pytest.mark.parametrize(
    ("query", "expected"), [("無訟社區", "无讼社区"), ("无訟社区", "无讼社区"), ("ｗｕｓｏｎｇ", "wusong")]
)
def test_query_folds_like_the_source(query, expected):
    assert normalize_query(query) == expected


def test_annotations_are_real_pinyin_only():
    assert find_annotations("現(xiàn)場(2022)(note)") == [(1, 7)]
    assert find_annotations("中(zhōng)(guó)") == [(1, 13)]


SEED_RAW = next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8")


def test_seed_has_exactly_three_corrupted_spans():
    spans = [SEED_RAW[a:b] for a, b in find_corrupt_spans(SEED_RAW)]
    assert spans == ["?qū)m?xiàng)", "?fàn)I", "?shù)姆ㄔ鸿F"]


def test_seed_corrections_are_applied_and_recorded():
    n = normalize(SEED_RAW, load_corrections(CORRECTIONS_FILE))
    assert [(r.raw, r.repair) for r in n.repairs] == [
        ("?qū)m?xiàng)", "专项"),
        ("?fàn)I", "营"),
        ("?shù)姆ㄔ鸿F", "的法院铁"),
    ]
    assert not n.unresolved and not n.stale_corrections
    for r in n.repairs:
        assert n.clean[r.start : r.end] == r.repair
        assert n.raw[r.raw_start : r.raw_end] == r.raw
        assert r.reason
    assert "开展民生领域专项行动" in n.clean
    assert "开展营商环境建设全员自查自纠" in n.clean
    assert "打造忠诚干净担当的法院铁军" in n.clean
    assert "?" not in n.clean and "ㄔ" not in n.clean


def test_detected_span_without_correction_is_reported_and_kept():
    n = normalize(SEED_RAW)  # no corrections file
    assert [u.raw for u in n.unresolved] == ["?qū)m?xiàng)", "?fàn)I", "?shù)姆ㄔ鸿F"]
    for u in n.unresolved:
        assert n.clean[u.start : u.end] == u.raw  # verbatim, nothing dropped


def test_offsets_point_back_to_the_source_characters():
    n = normalize(SEED_RAW, load_corrections(CORRECTIONS_FILE))
    start = n.clean.index("无讼社区")
    a, b = n.raw_span(start, start + 4)
    assert n.raw[a:b] == "無訟社區(qū)"
    a, b = n.raw_span(0, 4)
    assert n.raw[a:b] == "會議現(xiàn)場"
    assert n.offsets[-1] == len(n.raw)


def test_seed_digits_all_survive():
    n = normalize(SEED_RAW, load_corrections(CORRECTIONS_FILE))
    assert [c for c in n.clean if c.isdigit()] == [c for c in SEED_RAW if c.isdigit()]
    # Every "(" in the seed opens an annotation; the broken ones lost theirs and are repaired instead.
    assert n.annotations_removed == SEED_RAW.count("(") == 420


def _corrupt_spans_by_hand(text: str) -> list[tuple[int, int]]:
    """The rule of find_corrupt_spans walked one character at a time: the oracle for its fast path."""
    from explorer.read.corrupt import MERGE_GAP, _inside_parens, _is_bopomofo, _is_latin, _is_toned_latin

    inside, unmatched = _inside_parens(text)
    kind = []  # 2 primary, 1 suspicious, 0 neither
    for i, ch in enumerate(text):
        near = [text[j] for j in (i - 1, i + 1) if 0 <= j < len(text)]
        stray = ch == "?" and any(_is_latin(c) or _is_bopomofo(c) or c in "?\ufffd" for c in near)
        if i in unmatched or ch == "\ufffd" or _is_bopomofo(ch) or stray:
            kind.append(2)
        elif _is_latin(ch) and not inside[i]:
            kind.append(2 if _is_toned_latin(ch) else 1)
        else:
            kind.append(0)
    runs: list[list] = []
    for i, k in enumerate(kind):
        if k and runs and i - runs[-1][1] <= MERGE_GAP and "\n" not in text[runs[-1][1] : i]:
            if i == runs[-1][1] or runs[-1][2] or k == 2:
                runs[-1][1], runs[-1][2] = i + 1, runs[-1][2] or k == 2
                continue
        if k:
            runs.append([i, i + 1, k == 2])
    return [(a, b) for a, b, p in runs if p]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="現場法院ab?()\nfànㄅ\ufffdSTX ", max_size=60))
def test_corrupt_spans_are_found_as_a_walk_over_every_character_finds_them(text):
    assert find_corrupt_spans(text) == _corrupt_spans_by_hand(text)


def test_width_folding_maps_exactly_full_width_digits_letters_three_signs_and_two_spaces():
    from explorer.read.normalize import fold_width

    for code in range(0x20, 0x10000):
        ch = chr(code)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            expected = chr(code - 0xFEE0)
        else:
            expected = {"％": "%", "＋": "+", "．": ".", "\u3000": " ", "\u00a0": " "}.get(ch, ch)
        assert fold_width(ch) == expected, hex(code)


def _reading(text: str) -> tuple:
    from explorer.read.dataset import document_from_text

    doc = document_from_text("doc", "doc", text)
    return [u["name"] for u in doc.records["units"]], [
        (m["raw"], m["value"], m["unit"], m["label"]) for m in doc.records["metrics"]
    ]


# A page's &nbsp; (U+00A0) and a Word or PDF document's indents and cell gaps (U+3000) are spaces: real reports
# of the library, their spaces written so, read the same units and figures (the library's texts have none).
@pytest.mark.parametrize(
    "slug",
    [
        "dinghai_admin_cases_table_r7c",  # a table, its cells apart by runs of spaces
        "taitung_district_court_budget_table_1994_trad_r19a",
        "harbin_mediation_yearbook_1995_r25a",
        "spp_halfyear_data_2022_pinyin_mirror_trad_r17a",  # pinyin annotations, each with a space after
        "chuanshangan_mediation_meeting_2016_r4b",
        "macau_primary_court_monthly_table_2025_r3c",  # rows as wide as each other, cells a space apart: no wrap
    ],
)
@pytest.mark.parametrize("space", ["\u3000", "\u00a0"])
def test_ideographic_and_no_break_spaces_read_as_spaces(slug, space):
    from explorer.read import library

    text = library.text(slug)
    assert " " in text
    assert _reading(text.replace(" ", space)) == _reading(text)
