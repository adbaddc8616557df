import pytest

from explorer.read.achievements import find_achievements
from explorer.read.concepts import find_concepts

SY, DL, HC, DC = "沈阳市中级人民法院", "大连市中级人民法院", "海城市人民法院", "盖州市人民法院东城人民法庭"

SEED_ACHIEVEMENTS = [
    (SY, "ranking", "法官人均结案继续领跑全省法院"),
    (SY, "ranking", "执行工作质效位居全省第一"),
    (SY, "ranking", "行政机关负责人出庭应诉率位居全省第一"),
    (SY, "honour", "经济技术开发区法院获评“全国优秀法院”"),
    (SY, "honour", "26家法庭实现“五化”、9家获评示范法庭"),
    (SY, "honour", "新民市法院获评全国“为群众办实事示范法院”"),
    (DL, "honour", "“大船海工”重整案写入今年最高人民法院工作报告"),
    (DL, "honour", "“斑海豹”案入选最高法典型案例"),
    (DL, "ranking", "大连中院执行质效排名全省第一"),
    (HC, "ranking", "海城市法院审判质效在全省基层法院位居前列"),
    (HC, "honour", "辖区5个人民法庭全部获评首批新时代“五化”人民法庭"),
    (HC, "honour", "3个法庭获评新时代示范人民法庭"),
    (DC, "ranking", "2022年审判质效综合指标在全省法庭中排名第一"),
    (DC, "honour", "被省法院确定为第一批新时代示范人民法庭"),
]


def test_seed_achievements(dataset):
    got = [(a["unit"], a["kind"], a["text"]) for a in dataset.records("achievements")]
    assert got == SEED_ACHIEVEMENTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("案件质效名列全省前茅。", [("ranking", "案件质效名列全省前茅")]),
        ("该院荣获“全国法院先进集体”称号。", [("honour", "该院荣获“全国法院先进集体”称号")]),
        ("审结案件1000件。", []),
    ],
)
def test_achievement_patterns(text, expected):
    assert [(a.kind, a.text) for a in find_achievements(text)] == expected


def test_seed_concepts(dataset):
    concepts = {c["term"]: c for c in dataset.records("concepts")}
    assert concepts["无讼社区"]["quoted_by"] == [DL, DC]
    assert concepts["无讼社区"]["mentions"] == {SY: 0, DL: 1, HC: 0, DC: 1}
    # quoted by one unit, mentioned unquoted by others too
    assert concepts["五化"]["quoted_by"] == [SY, HC, DC]
    assert concepts["5+5+5+1"]["quoted_by"] == [HC, DC]
    assert concepts["绿色通道"]["mentions"] == {SY: 0, DL: 0, HC: 1, DC: 1}
    assert concepts["枫桥经验"]["mentions"][DC] == 1
    assert len(concepts) == len(set(concepts))
    # the shared ones come first
    first = dataset.records("concepts")[0]
    assert first["units_mentioning"] == max(c["units_mentioning"] for c in concepts.values())


def test_concepts_counted_whether_quoted_or_not():
    (c,) = find_concepts([("甲", "推广“一站式”服务"), ("乙", "一站式平台，一站式窗口")])
    assert (c.term, c.quoted_by, c.mentions, c.total) == ("一站式", ["甲"], {"甲": 1, "乙": 2}, 3)


@pytest.mark.parametrize(
    ("texts", "mentions"),
    [
        ([("甲", "“哈哈”哈哈哈"), ("乙", "哈")], {"甲": 2, "乙": 0}),  # non-overlapping, as str.count and search
        ([("甲", "“无讼”无"), ("乙", "讼无讼")], {"甲": 1, "乙": 1}),  # never across two units
        ([("甲", "“a.b”"), ("乙", "axb a.b")], {"甲": 1, "乙": 1}),  # a term is text, not a pattern
        ([("甲", "“无讼”"), ("乙", ""), ("丙", "无讼无讼")], {"甲": 1, "乙": 0, "丙": 2}),
    ],
)
def test_concept_mentions_are_counted_within_each_unit(texts, mentions):
    (c,) = find_concepts(texts)
    assert c.mentions == mentions == {unit: text.count(c.term) for unit, text in texts}


def test_concepts_stay_whole_in_segmentation(dataset):
    from explorer.read.segment import cut

    assert "法云调解室" in cut("推广法云调解室的做法", dataset.concept_terms())
    assert "诉前调解" in cut("开展诉前调解工作")
