"""Court names: the grammar finds them, and one canonical key holds every form of one court."""

import pytest

from explorer.read.courts import canonical, find_courts, is_court_name


@pytest.mark.parametrize(
    ("forms", "key"),
    [
        (["辽宁省沈阳市中级人民法院", "沈阳市中级人民法院", "沈阳中院"], "沈阳中级人民法院"),
        (["海城市人民法院", "海城法院", "海城市法院", "海城"], "海城人民法院"),
        (["辽宁省高级人民法院", "辽宁高院"], "辽宁高级人民法院"),
        (["上海市第一中级人民法院", "上海一中院"], "上海第一中级人民法院"),
        (["一中院", "一中"], "第一中级人民法院"),
        (["盖州市人民法院东城人民法庭"], "盖州人民法院东城人民法庭"),
        (["东城法庭", "东城人民法庭"], "东城人民法庭"),
        (["上海市浦东新区人民法院", "浦东法院", "浦东"], "浦东人民法院"),
        (["江苏省扬州市江都区人民法院", "江都区法院"], "江都人民法院"),
        (["北京知识产权法院"], "北京知识产权人民法院"),
        (["上海海事法院"], "上海海事人民法院"),
        (["沈阳铁路运输法院"], "沈阳铁路运输人民法院"),
        (["杭州互联网法院"], "杭州互联网人民法院"),
        (["四川省崇州市人民法院街子旅游环保法庭"], "崇州人民法院街子旅游环保人民法庭"),
        (["市法院"], "市人民法院"),
        (["最高人民法院", "最高法"], "最高人民法院"),
    ],
)
def test_one_key_for_every_form(forms, key):
    assert {canonical(f) for f in forms} == {key}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会上，沈阳市中级人民法院、大连市中级人民法院作介绍", ["沈阳市中级人民法院", "大连市中级人民法院"]),
        ("海城市人民法院和盖州市人民法院东城人民法庭", ["海城市人民法院", "盖州市人民法院东城人民法庭"]),
        ("这只是江都区法院推进繁简分流的一个缩影", ["江都区法院"]),
        ("浙江省三门法院浦坝港人民法庭：标题", ["浙江省三门法院浦坝港人民法庭"]),
        ("全省法院、基层法院、两级法院、省法院、该院、某法院", []),
        ("大力加强法院政治建设，贯彻落实省法院部署", []),
        ("广州互联网法院、北京金融法院", ["广州互联网法院", "北京金融法院"]),
    ],
)
def test_find_courts(text, names):
    assert [c.name for c in find_courts(text)] == names


@pytest.mark.parametrize(
    ("name", "court"),
    [("沈阳市中级人民法院", True), ("二中院", True), ("东城法庭", True), ("全市法院", False), ("聚焦主责主业", False)],
)
def test_is_court_name(name, court):
    assert is_court_name(name) is court
