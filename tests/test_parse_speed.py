"""The build's parse made cheaper (issue 26) gives what the slow ways gave, checked against them:
cpca's own DataFrame reading of a place name, pypinyin's own readings of a text.

The whole parse is compared with a snapshot of the code before each change by
``bench/parse_identity.py`` (run before each commit); these tests keep the pieces that replaced a
slower way honest against that way, computed here independently.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.read import metrics
from explorer.read.firstchar import first_chars
from explorer.read.lexicon import is_han
from explorer.read.normalize import normalize
from explorer.read.pinyin import id_map, reading_ids, reading_vocabulary
from explorer.read.places import Place, _resolve, short_province
from explorer.read.resources import LIBRARY_DIR

NAMES = [
    "沈阳市中级人民法院",
    "海城市人民法院",
    "辽宁高院",
    "鼓楼区人民法院",
    "江苏鼓楼区人民法院",
    "最高人民法院",
    "东城法庭",
    "北京市第一中级人民法院",
    "新疆维吾尔自治区高级人民法院",
    "朝阳区人民法院",
    "吉林朝阳区人民法院",
    "上海市浦东新区人民法院",
    "香港特别行政区",
    "",
]


def _by_dataframe(text: str) -> Place:
    """The reading through cpca's public API, the DataFrame it builds (what places did before)."""
    import cpca
    import pandas as pd

    row = cpca.transform([text]).iloc[0]
    given = {k: "" if row[k] is None or (not isinstance(row[k], str) and pd.isna(row[k])) else row[k] for k in "省市"}
    return Place(short_province(given["省"]), "" if given["市"] == "市辖区" else given["市"])


@pytest.mark.parametrize("name", NAMES)
def test_a_place_is_read_as_cpcas_dataframe_reads_it(name):
    assert _resolve(name) == _by_dataframe(name)


def test_a_place_name_reads_as_worked_out_by_hand():
    assert _resolve("沈阳市中级人民法院") == Place("辽宁", "沈阳市")
    assert _resolve("最高人民法院") == Place("", "")


def _ids_by_pypinyin(texts: list[str]) -> list[int]:
    """Reading ids from ``lazy_pinyin`` character by character, a 0 after each text (as the index joins them)."""
    from pypinyin import Style, lazy_pinyin

    ids = id_map(tuple(reading_vocabulary()))
    out = []
    for text in texts:
        read = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["-"] * len(s), v_to_u=True)
        out += [ids.get(r, 0) if is_han(c) else 0 for c, r in zip(text, read, strict=True)]
        out.append(0)
    return out


@pytest.mark.parametrize(
    "texts",
    [
        ["省法院调解无讼社区"],
        ["全省法院，2023年调解", "重庆银行行长"],
        ["", "A省", "中国人民 中国人民"],  # a run read twice in one call is read the same
        ["西安先进", "西安", "先进"],
    ],
)
def test_reading_ids_are_pypinyins_readings(texts):
    assert reading_ids(texts, reading_vocabulary()).tolist() == _ids_by_pypinyin(texts)


def test_reading_ids_of_a_report_are_pypinyins_readings():
    path = sorted(LIBRARY_DIR.glob("*.txt"))[0]
    clean = normalize(path.read_text(encoding="utf-8-sig")).clean
    assert reading_ids([clean], reading_vocabulary()).tolist() == _ids_by_pypinyin([clean])


def test_reading_ids_by_hand():
    ids = id_map(tuple(reading_vocabulary()))
    assert reading_ids(["省长A"], reading_vocabulary()).tolist() == [ids["sheng"], ids["zhang"], 0, 0]


# A regular expression behind a test of its first characters (explorer.read.firstchar) -------------

FIGURE_CHARS = "约将近超过逾第每一二两三四十百千万亿成分之多余以上左右至-年月日号周建党立件个元% 0123456789.，。"
SCANNED = [metrics.QUANTITY_RE, metrics.SHARE_RE, metrics.RANGE_RE, metrics.DATE_RE, metrics.ANNIVERSARY_RE]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?:约|超过)?\d+件", "约超\\d"),  # an optional group: its first characters, then what follows
        (r"(?<!第)[一二]个", "一二"),  # a lookbehind takes no character
        (r"年?月", "年月"),
        (r"(?:a|b*)c", "abc"),  # a branch that can be empty lets the next part begin the match
        (r"a*", None),  # can match nothing: no first character
        (r".x", None),  # any character
        (r"[^x]y", None),  # a negated class is not written out
    ],
)
def test_first_characters_by_hand(pattern, first):
    assert first_chars(re.compile(pattern)) == first


@pytest.mark.parametrize("fast", SCANNED, ids=lambda p: p.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=FIGURE_CHARS, max_size=40))
def test_a_scan_behind_its_first_characters_finds_what_the_pattern_finds(fast, text):
    assert fast.pattern.startswith("(?=[")  # find_numbers scans with the fast pattern
    slow = re.compile(fast.pattern.split(")(?:", 1)[1][:-1], fast.flags)  # the pattern as it was written
    assert _matches(fast, text) == _matches(slow, text)


@pytest.mark.parametrize("path", sorted(LIBRARY_DIR.glob("*.txt"))[::7], ids=lambda p: p.stem)
def test_scans_of_real_reports_find_the_same(path):
    text = path.read_text(encoding="utf-8-sig")
    for fast in SCANNED:
        slow = re.compile(fast.pattern.split(")(?:", 1)[1][:-1], fast.flags)
        assert _matches(fast, text) == _matches(slow, text)


# Clause bounds and sentences found by one scan, against a walk over every break character -------------


def _clause_start_by_finds(text: str, pos: int) -> int:
    floor = max(0, pos - metrics.CLAUSE_LIMIT)
    window = text[floor:pos]
    return floor + max(window.rfind(c) for c in metrics.CLAUSE_BREAK) + 1 if window else pos


def _clause_end_by_finds(text: str, pos: int) -> int:
    window = text[pos : pos + metrics.CLAUSE_LIMIT]
    found = [i for i in (window.find(c) for c in metrics.CLAUSE_BREAK) if i >= 0]
    return pos + min(found, default=len(window))


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="案件甲，。；、\n,:!a", max_size=450), at=st.integers(0, 460))
def test_clause_bounds_are_the_nearest_breaks(text, at):
    assert metrics._clause_start(text, at) == _clause_start_by_finds(text, at)
    assert metrics._clause_end(text, at) == _clause_end_by_finds(text, at)


@pytest.mark.parametrize(
    ("text", "at", "start", "end"),
    [
        ("审结案件，同比上升5%。", 9, 5, 11),  # 上升5% sits between ， and 。
        ("无标点", 2, 0, 3),
        ("", 0, 0, 0),
    ],
)
def test_clause_bounds_by_hand(text, at, start, end):
    assert (metrics._clause_start(text, at), metrics._clause_end(text, at)) == (start, end)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="甲乙。！？； \n", max_size=60))
def test_sentences_end_after_each_end_mark(text):
    from explorer.read.parse import SENTENCE_END, split_sentences
    from explorer.read.spans import Span

    pieces, start = [], 0  # the walk one character at a time that split_sentences replaced
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            pieces.append(text[start : i + 1])
            start = i + 1
    pieces.append(text[start:])
    expected = [p.strip() for p in pieces if p.strip()]
    got = split_sentences(Span(text, 10, 10 + len(text)))
    assert [s.text for s in got] == expected
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in got)


# The store's frames made straight into Arrow, against the general way (records_frame, convert_dtypes) ---------


def _frame_the_general_way(table: str, rows: list[dict]):
    import pandas as pd

    from explorer.read.dataset import records_frame

    frame = pd.DataFrame(rows) if table == "texts" else records_frame(table, rows)
    if table == "metrics":
        frame["value"] = frame["value"].astype("float64")
    return frame.convert_dtypes(dtype_backend="pyarrow")


ROWS = {
    "plain": (
        "sentences",
        [
            {"document": "甲", "unit": None, "order": 1, "text": "调解。"},
            {"document": "甲", "unit": "沈阳中院", "order": 2, "text": "审结。"},
        ],
    ),
    "lists": (
        "units",
        [
            {"name": "海城法院", "aliases": ["海城", "海城市法院"], "fallback": False},
            {"name": "东城法庭", "aliases": [], "fallback": True},
        ],
    ),
    "nothing": ("documents", [{"id": "甲", "title": None, "year": None}, {"id": "乙", "title": None, "year": 2023}]),
    "values": (
        "metrics",
        [{"document": "甲", "value": 40000, "label": "诉前化解"}, {"document": "甲", "value": 95.5, "label": "结案率"}],
    ),
    "texts": ("texts", [{"document": "甲", "clean": "法院", "offsets": b"\x00\x01", "original": b"\xe6\xb3\x95"}]),
    "mixed": ("edits", [{"document": "甲", "value": 1}, {"document": "乙", "value": "一"}]),  # no one type
    "a dict": ("edits", [{"document": "甲", "what": {"旧": "新"}}, {"document": "乙", "what": None}]),
    "huge": ("sentences", [{"document": "甲", "start": 2**70}, {"document": "乙", "start": 1}]),
    "shapes": ("sentences", [{"document": "甲", "start": 1}, {"document": "乙", "end": 2}]),  # keys differ
    "numbers and flags": ("sentences", [{"document": "甲", "n": 1}, {"document": "乙", "n": True}]),
}


@pytest.mark.parametrize("case", list(ROWS))
def test_a_batch_frame_is_the_frame_the_general_way_makes(case):
    import pandas as pd

    from explorer.corpus.store import _frame

    table, rows = ROWS[case]
    try:
        expected = _frame_the_general_way(table, rows)
    except OverflowError:  # a whole number past int64 is refused either way
        with pytest.raises(OverflowError):
            _frame(table, rows)
        return
    got = _frame(table, rows)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert list(map(str, got.dtypes)) == list(map(str, expected.dtypes))


def test_plain_columns_take_arrow_types_by_hand():
    from explorer.corpus.store import _arrow_frame

    table, rows = ROWS["plain"]
    frame = _arrow_frame(table, rows)
    assert [str(t) for t in frame.dtypes] == ["string[pyarrow]", "string[pyarrow]", "int64[pyarrow]", "string[pyarrow]"]
    assert frame["unit"].tolist()[1] == "沈阳中院" and pd_isna(frame["unit"].tolist()[0])
    assert _arrow_frame(*ROWS["mixed"]) is None and _arrow_frame(*ROWS["shapes"]) is None


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def _inside_parens_by_stack(text: str) -> tuple[bytearray, set[int]]:
    """Parentheses paired by a stack, line by line: the general way, for the fast path of simple pairs."""
    inside, unmatched, stack, pairs = bytearray(len(text)), set(), [], []
    for i, ch in enumerate(text):
        if ch == "\n":
            unmatched.update(stack)
            stack.clear()
        elif ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                pairs.append((stack.pop(), i + 1))
            else:
                unmatched.add(i)
    unmatched.update(stack)
    for start, end in pairs:
        inside[start:end] = b"\1" * (end - start)
    return inside, unmatched


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="現場a()\n", max_size=40))
def test_parentheses_inside_and_unmatched_as_a_stack_finds_them(text):
    from explorer.read.corrupt import _inside_parens

    assert _inside_parens(text) == _inside_parens_by_stack(text)


@pytest.mark.parametrize(
    ("text", "inside", "unmatched"),
    [
        ("現(xiàn)場", "01111110", set()),
        ("a)b(c", "00000", {1, 3}),
        ("((a))", "11111", set()),
        ("(a\n)", "0000", {0, 3}),
    ],
)
def test_parentheses_by_hand(text, inside, unmatched):
    from explorer.read.corrupt import _inside_parens

    got_inside, got_unmatched = _inside_parens(text)
    assert "".join(map(str, got_inside)) == inside and got_unmatched == unmatched


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="４万件ＡＢｚ％＋．。法 9a\uff0f", max_size=40))
def test_width_folds_as_translating_every_character_does(text):
    from explorer.read.normalize import _WIDTH, fold_width

    assert fold_width(text) == text.translate(_WIDTH)


def test_width_folds_by_hand():
    from explorer.read.normalize import fold_width

    assert fold_width("２０２３年，ＡＢ％＋１．５") == "2023年，AB%+1.5"


# The build's main process (issue 26): a segment's texts written batch by batch, its offsets saved from
# their parts, and the few places that replaced NumPy calls, each against the way it replaced.

TEXT_BATCHES = [
    [  # two batches of texts as _parse_batch makes them: a report's clean text, offsets, readings, original
        {"document": "甲", "clean": "法院调解", "raw": "法院 调解", "offsets": b"\x00\x00\x00\x00",
         "readings": b"\x01\x00", "records": '{"units": []}', "file": "甲.txt", "original": "法院 调解".encode()},
        {"document": "乙", "clean": "", "raw": " ", "offsets": b"", "readings": b"", "records": "{}",
         "file": "乙.txt", "original": b" "},
    ],
    [
        {"document": "丙", "clean": "無訟", "raw": "無訟", "offsets": b"\x02\x00\x00\x00", "readings": b"\x03\x00",
         "records": '{"concepts": [{"term": "无讼"}]}', "file": "丙.docx", "original": b"PK\x03\x04"},
    ],
]  # fmt: skip


def test_texts_written_batch_by_batch_read_back_as_the_joined_frame(tmp_path):
    import pandas as pd

    from explorer.corpus.store import TEXTS, _frame, _TextsWriter

    frames = [_frame(TEXTS, rows) for rows in TEXT_BATCHES]
    joined = pd.concat(frames, ignore_index=True)
    joined.to_parquet(tmp_path / "joined.parquet", index=False)  # the way before: one frame, one write
    writer = _TextsWriter(tmp_path / "streamed.parquet")
    for frame in frames:
        writer.add(frame)
    writer.close()
    got, expected = pd.read_parquet(tmp_path / "streamed.parquet"), pd.read_parquet(tmp_path / "joined.parquet")
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got["document"].tolist() == ["甲", "乙", "丙"] and got["original"].tolist()[2] == b"PK\x03\x04"
    assert writer.rows == 3 and writer.clean == ["法院调解", "", "無訟"]
    assert writer.offsets == [b"\x00" * 4, b"", b"\x02\x00\x00\x00"] and writer.readings == [
        b"\x01\x00",
        b"",
        b"\x03\x00",
    ]


@pytest.mark.parametrize("parts", [[b"\x01\x00\x00\x00", b"", b"\xff\xff\xff\xff\x07\x00\x00\x00"], [], [b""]])
def test_offsets_saved_from_their_parts_are_np_saves_bytes(tmp_path, parts):
    import numpy as np

    from explorer.corpus.store import _save_joined

    np.save(tmp_path / "a.npy", np.frombuffer(b"".join(parts), dtype=np.int32), allow_pickle=False)
    _save_joined(tmp_path / "b.npy", parts, np.int32)
    assert (tmp_path / "a.npy").read_bytes() == (tmp_path / "b.npy").read_bytes()
    assert np.load(tmp_path / "b.npy").tolist() == [v for p in parts for v in np.frombuffer(p, np.int32).tolist()]


@pytest.mark.parametrize(
    "texts, expected",
    [
        ([("甲", "创建“无讼社区”。"), ("乙", "无讼社区，无讼社区")], [("无讼社区", ["甲"], {"甲": 1, "乙": 2})]),
        ([("甲", "“调解”"), ("乙", ""), ("丙", "调解调解")], [("调解", ["甲"], {"甲": 1, "乙": 0, "丙": 2})]),
    ],
)
def test_concept_mentions_by_hand(texts, expected):
    from explorer.read.concepts import find_concepts

    assert [(c.term, c.quoted_by, c.mentions) for c in find_concepts(texts)] == expected


@pytest.mark.parametrize(
    "text", ["执行工作质效位居全省第一。9家获评示范法庭", "\n荣获一等奖；名列前茅！", "", "，。；！？\n"]
)
def test_achievement_clauses_are_those_a_scan_of_every_character_finds(text):
    from explorer.read.achievements import CLAUSE_BREAK, CLAUSE_BREAK_RE

    assert [m.start() for m in CLAUSE_BREAK_RE.finditer(text)] == [i for i, ch in enumerate(text) if ch in CLAUSE_BREAK]
