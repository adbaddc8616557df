"""Generated documents: random mixes of the report's markers, pinyin, numbers with magnitudes and garbage.

Parsing never raises, offsets stay in range and map back to the source, every marker
phrase inserted is found by search, and no text is lost.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.corpus.search import search
from explorer.read.dataset import Dataset, document_from_text

UNITS = ["甲市中级人民法院", "乙县人民法院", "丙市人民法院丁人民法庭"]
PHRASES = ["无讼社区", "枫桥经验", "诉前调解", "营商环境"]
PINYIN = {"無": "wú", "訟": "sòng", "調": "tiáo", "解": "jiě", "營": "yíng", "商": "shāng"}
GARBAGE = ["?fàn)I", "ㄔ", "\ufffd", "??", "xiàng)", "(2022)", "ABC", "\t", "  "]

number = st.builds(
    lambda prefix, n, mag, measure: f"{prefix}{n}{mag}{measure}",
    st.sampled_from(["", "近", "约", "超过"]),
    st.one_of(st.integers(0, 99999).map(str), st.floats(0.01, 999, allow_nan=False).map(lambda f: f"{f:.2f}")),
    st.sampled_from(["", "万", "亿"]),
    st.sampled_from(["件", "笔", "家", "%", "元", "个百分点"]),
)
annotated = st.sampled_from(sorted(PINYIN)).map(lambda ch: f"{ch}({PINYIN[ch]})")
piece = st.one_of(
    st.sampled_from(PHRASES),
    number,
    annotated,
    st.sampled_from(GARBAGE),
    st.sampled_from(["，", "。", "；", "“", "”", "\n", "\r\n"]),
    st.text(alphabet="法院审判执行调解工作推进建设全面", max_size=6),
)
paragraph = st.lists(piece, max_size=12).map("".join)
block = st.builds(
    lambda unit, headline, paras: "\n".join([f"经验交流单位：{unit}", headline, *paras]),
    st.sampled_from(UNITS),
    paragraph,
    st.lists(paragraph, max_size=4),
)
document = st.builds(
    lambda intro, blocks, tail: "\n".join([intro, *blocks, tail]),
    paragraph,
    st.lists(block, max_size=3),
    paragraph,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_generated_documents_parse_and_lose_nothing(raw):
    doc = document_from_text("gen", "gen", raw)
    clean, offsets = doc.text.clean, doc.text.offsets
    assert len(offsets) == len(clean) + 1 and offsets[-1] == len(doc.text.raw)
    st_ = doc.structure
    bounds = [(0, st_.intro_end)] + [(u.start, u.end) for u in st_.units]
    assert bounds[-1][1] == len(clean)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    for table in ("metrics", "non_metrics", "achievements", "corrections", "unresolved"):
        for r in doc.records[table]:
            assert 0 <= r["start"] <= r["end"] <= len(clean)
            assert 0 <= r["raw_start"] <= r["raw_end"] <= len(doc.text.raw)
    for m in doc.records["metrics"]:
        assert clean[m["start"] : m["end"]] == m["raw"]
        assert doc.text.raw[m["raw_start"] : m["raw_end"]] == m["source"]
    for u in doc.records["unresolved"]:
        assert clean[u["start"] : u["end"]] == u["raw"]  # kept verbatim
    if any(m in raw for m in ("经验交流单位",)):
        assert not st_.fallback
    dataset = Dataset([doc])
    for phrase in PHRASES:
        assert search(dataset, phrase).total >= raw.count(phrase)
