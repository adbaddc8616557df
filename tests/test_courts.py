"""Court names: the grammar finds them, and one canonical key holds every form of one court."""

import pytest

from explorer.read.courts import anonymous_courts, canonical, describe, find_courts, is_body, is_court_name


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
        (["常州市中级法院", "常州中院", "常州市中级人民法院"], "常州中级人民法院"),  # 中级法院 without 人民
        (["北京市第一中级法院", "北京一中院"], "北京第一中级人民法院"),
        (["省法院", "省高级人民法院", "省高院"], "省高级人民法院"),  # a province has one court of its own
        # Bodies that present without being courts keep their names: nothing appends 人民法院.
        (["县司法局"], "县司法局"),
        (["县人民调解委员会"], "县人民调解委员会"),
        (["夏戈工作室"], "夏戈工作室"),
        (["老刘调解室"], "老刘调解室"),
        (["屯昌县委政法委"], "屯昌县委政法委"),
        (["信宜市合水镇", "合水镇", "广东省信宜市合水镇"], "合水镇"),  # a town is its own place
        (
            ["泗水县检察院", "泗水县人民检察院", "山东省泗水县人民检察院", "泗水检察院"],
            "泗水人民检察院",
        ),  # as a court's
        (["四川省司法厅", "四川司法厅"], "四川司法厅"),  # a province by its short name too
        (["古浪县院", "古浪县检察院", "古浪县人民检察院"], "古浪人民检察院"),  # a procuratorate's own short name
        (["淮安市院", "淮安市检察院"], "淮安市人民检察院"),
        (["河南警方", "河南省公安厅", "河南公安厅"], "河南公安厅"),  # the police, as the news says: a province's
        (["重庆市警方", "重庆市公安局"], "重庆市公安局"),  # department, a city's bureau
        (["新和县公安局特警大队", "新和公安局特警大队"], "新和公安局特警大队"),  # a county's body by its short name
        (["建始法院", "建始县人民法院", "建始县法院"], "建始人民法院"),
        (["区域法院", "香港区域法院"], "区域法院"),  # Hong Kong's courts keep their own names
        (["初级法院", "澳门初级法院"], "初级法院"),
        (["青岛市南区法院", "青岛市南法院", "市南区法院"], "市南人民法院"),  # 市南区, not a court of 南
        (["宿城区政协"], "宿城政协"),
        (["长乐区人民检察院", "长乐检察院"], "长乐人民检察院"),
        (["宜宾县公安局"], "宜宾县公安局"),  # 宜宾 alone is the prefecture's
        (["广州市司法局", "广州司法局", "广东省广州市司法局"], "广州司法局"),  # a city's body by its short name
        (["吉林市司法局"], "吉林市司法局"),  # not 吉林省's, nor a county's
        (["嘉市警局", "嘉义市警察局"], "嘉义市警察局"),  # a Taiwan city's police as its papers shorten it
        (["台北市政府警察局", "北市警局"], "台北市警察局"),
        (["迪庆藏族自治州司法局", "迪庆州司法局"], "迪庆州司法局"),  # an autonomous division by its short form
        (["阿坝藏族羌族自治州中级人民法院", "阿坝中院"], "阿坝中级人民法院"),
        # A county's court called by its city and county run together, no suffix between them.
        (["淄博博山法院", "淄博市博山区人民法院", "博山法院"], "博山人民法院"),
        (["浙江诸暨法院", "诸暨市人民法院"], "诸暨人民法院"),
        (["台湾台北地方法院", "台北地方法院"], "台北地方法院"),  # Taiwan's courts: each its own name
        (["台湾高等法院台南分院"], "台湾高等法院台南分院"),
        (["淄博中院", "淄博市中级人民法院"], "淄博中级人民法院"),
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
        ("常州市中级法院坚持从搭建诉讼调解工作平台入手", ["常州市中级法院"]),
        ("对全省13个中级法院、111个基层法院进行考评", []),
        ("浙江诸暨法院枫桥法庭成立于1956年", ["浙江诸暨法院枫桥法庭"]),
        # a county jieba does not read as a place (建 始: a verb), from the table of divisions
        ("据悉，建始法院今年审结案件3075件", ["建始法院"]),
        ("湖北长阳法院、濠江法院", ["湖北长阳法院", "濠江法院"]),
        ("深入推进平安法院建设", []),  # 平安 is a county's short name, and here a campaign's word
        # Hong Kong's and Macau's courts by their own names (hk_*_table_*, macau_*): no place before them
        ("香港区域法院及土地审裁处的案件量", ["区域法院", "土地审裁处"]),
        ("裁判法院的案件量", ["裁判法院"]),
        ("根据《终审法院规则》第7条被驳回", []),  # a rule's title names no court
        ("青岛市南区法院执行款发放现场", ["青岛市南区法院"]),
        # Taiwan's courts by their own names (legislative_yuan_*_r11t), in the normaliser's simplified script
        ("台湾高等法院台中分院、台北高等行政法院", ["台湾高等法院台中分院", "台北高等行政法院"]),
        ("智慧财产及商业法院、最高行政法院、惩戒法院", ["智慧财产及商业法院", "最高行政法院", "惩戒法院"]),
        ("台湾台北地方法院、士林地方法院", ["台湾台北地方法院", "士林地方法院"]),
        ("高雄少年及家事法院", ["高雄少年及家事法院"]),
        ("各地地方法院、高等法院", []),  # no place; 高等法院 alone is Hong Kong's too
        ("调解书函送地方法院核定", []),  # a district court by its kind, no district's (kinmen_jinning_…_r71a)
        ("高新法院党组成员、经开区法院院长", ["高新法院", "经开区法院"]),  # courts by their zones' short names
        # the supreme court's short name (spc_halfyear_data_2023_fazhi_trad_r15a's headline), not 最高法律 or 最高法定刑
        ("最高法：上半年全国法院新收各类案件1696万件", ["最高法"]),
        ("宪法具有最高法律效力，最高法定刑为十年，最高法院", []),
        # a county the table of divisions knows whole, which jieba cuts (项/城市): xiangcheng_moling_tribunal_move_r16b
        ("7月8日上午，项城市法院党组书记", ["项城市法院"]),
        ("项城市人民法院秣陵中心法庭位于秣陵镇", ["项城市人民法院秣陵中心法庭"]),
        ("加强跨行政区划法院建设", []),  # a kind of court to be built, no place's
        ("二检察长列席人民法院审判委员会会议", []),  # attending a court's committee: 列席 no place
        ("收案量下降的部分法院、多地法院", []),  # some courts, many places' courts: no place's court
        # a tribunal by its town alone at a clause's start or after 和 (jianhu_tribunals_quarter_trad_r4c), not a
        # kind of tribunal (巡回法庭, 派出法庭) or one in a list of the court's work (…、河浦法庭收结案超百件)
        ("其中，上冈法庭和高作法庭第一季度案件平均审理天数均为22天", ["上冈法庭", "高作法庭"]),
        ("，巡回法庭、派出法庭、专业法庭、新设法庭", []),
        ("全院收结案超千件、河浦法庭收结案超百件", []),
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


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("会议上，省法院院长公丕祥透露，全省法院受理案件", ["省高级人民法院"]),
        ("市法院院长马国参加会议，全市法院、市中院", ["市人民法院", "市中级人民法院"]),
        ("分解到全省法院、全市法院", []),
    ],
)
def test_courts_named_by_their_level_only(text, keys):
    assert [c.canonical for c in anonymous_courts(text)] == keys


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("县司法局", True),
        ("县人民调解委员会", True),
        ("夏戈工作室", True),
        ("海城市人民法院", False),
        ("海城市人民法院诉讼服务中心", False),  # a court's own office is the court's
        ("东城法庭", False),
        ("宿城区政协", True),
        ("中央信访联席办", True),
        ("福建连江地方检察署", True),  # Taiwan's procuratorates (福建連江地方檢察署)
    ],
)
def test_bodies_that_are_not_courts(name, body):
    assert is_body(name) is body
    if body:  # no level, no place, no short form invented for them
        assert describe(name) == ("", "", name, ())
