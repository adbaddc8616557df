"""Lists of places sharing one court's or body's name, and meetings held jointly (issue 22): each on a small
text in its shape, with the units a careful reader names, worked out by hand."""

import pytest

from explorer.read.courts import find_courts
from explorer.read.dataset import document_from_text
from explorer.read.parse import parse_structure
from explorer.read.presenters import find_bodies, find_presenters


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("海珠、白云、越秀、黄埔法院收案同比增长", ["海珠法院", "白云法院", "越秀法院", "黄埔法院"]),
        ("海珠、白云和黄埔法院收案", ["海珠法院", "白云法院", "黄埔法院"]),
        ("龙岩、三明、梅州等3家中级人民法院参加会议", ["龙岩中级人民法院", "三明中级人民法院", "梅州中级人民法院"]),
        ("上海、江苏两省(市)法院超过150件", ["上海法院", "江苏法院"]),
        ("刑事、民事法院", []),  # kinds of case, no places
        ("全省、全市法院", []),  # collectives
        ("省、市、县三级法院", []),
        ("沈阳市中级人民法院、海城市人民法院", ["沈阳市中级人民法院", "海城市人民法院"]),  # whole names stay whole
        ("会员法院之间加强协作，外地法院异地执行", []),  # kinds of court, no places
        ("近日,城子河法院召开会议", ["城子河法院"]),  # a county's short name jieba cuts in two (城子/河)
    ],
)
def test_a_list_of_places_names_a_court_per_place(text, names):
    assert [c.name for c in find_courts(text)] == names


def test_each_court_of_a_shared_list_points_at_its_own_place():
    text = "海珠、黄埔法院收案"
    assert [(c.name, text[c.start : c.end], c.shared) for c in find_courts(text)] == [
        ("海珠法院", "海珠", True),
        ("黄埔法院", "黄埔法院", True),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a count with its administrative word gives each place the word (五市 → 广元市)
            "会上,广元、巴中、陇南三市司法局局长总结交流了联调协议执行情况。",
            ["广元市司法局", "巴中市司法局", "陇南市司法局"],
        ),
        ("四川省司法厅副厅长刘朝宽出席。", ["四川省司法厅"]),
        ("卫辉司法局唐庄、汲水司法所所长牛秀丽讲解", ["汲水司法所"]),  # towns cpca does not know: no list
        (  # a deputy's posts in order, the first her unit's (heilongjiang_deputies_…_remarks_2020)
            "黑龙江省宝清县鑫淼食用菌种植专业合作社理事长,黑龙江省女经济人协会副会长,宝清县妇联兼职副主席鞠秀芹",
            ["黑龙江省宝清县鑫淼食用菌种植专业合作社", "黑龙江省女经济人协会"],
        ),
    ],
)
def test_bodies_whose_officers_speak(text, names):
    assert [b.name for b in find_bodies(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # bare county names before the one that carries the shared name and a post
            "会上,南乐县委常委致欢迎词;南乐、大名、莘县、冠县司法局负责同志作了交流发言;",
            ["南乐司法局", "大名司法局", "莘县司法局", "冠县司法局"],
        ),
        (  # a post with no person, a body among courts, and 分别发言
            "会议由张少锋主持,山东省冠县人民法院、河北省大名县人民法院院长、大名县司法局局长分别发言",
            ["山东省冠县人民法院", "河北省大名县人民法院", "大名县司法局"],
        ),
        ("一中、二中、浦东等六家法院分别作交流发言。", ["一中", "二中", "浦东"]),  # bare forms stay bare
        (  # a list closed by 等N家单位 presents, courts or not; a body's name is read whole (梧桐街道, not 桐乡)
            "市司法局、海盐县委政法委、海宁市法院、市版权服务站、桐乡市梧桐街道等5家单位作了交流发言",
            ["市司法局", "海盐县委政法委", "海宁市法院", "市版权服务站", "桐乡市梧桐街道"],
        ),
        (  # the person before the post, and the topic they speak on between 分别 and the trigger
            "信阳中院张社军院长、商丘中院孙同占院长、濮阳中院王凤兰院长分别就履行主体责任做表态发言",
            ["信阳中院", "商丘中院", "濮阳中院"],
        ),
        (  # places counted, an aside in brackets (justice_admin_grassroots_…_r25c, whose 陜西 is a variant of 陕西)
            "天津、辽宁、吉林、陕西等13个省（区、市）司法厅 （局）负责同志先后作了大会交流发言。",
            ["天津", "辽宁", "吉林", "陕西"],
        ),
        (  # 及 between two bodies parts them (changshou_q1_…_r25b); 和 may be a name's (人力资源和社会保障部)
            "菩提街道、风城街道、渡舟街道及葛兰镇相关负责人就智能安防建设工作进行了汇报。",
            ["菩提街道", "风城街道", "渡舟街道", "葛兰镇"],
        ),
        (  # officers proposing in turn, after their own topic and a comma (ningde_…_r40a)
            "在交流发言环节,蕉城区检察院检察长黄清满、屏南县检察院检察长吴益华分别立足各自院情,就深化山海协作提出思路与举措。",
            ["蕉城区检察院", "屏南县检察院"],
        ),
        (  # after the proposals quoted, an ellipsis before the list (spp_…_r40a)
            "“要尽快建立公益诉讼损害赔偿金管理制度”……南海区人民检察院检察长杨炯、镜湖区人民检察院检察长张宁等结合"
            "所在地检察工作提出有针对性的意见建议。",
            ["南海区人民检察院", "镜湖区人民检察院"],
        ),
        (  # a list its count holds over a comma, a typo's 会了 for 会上 (guangdong_justice_admin_…_r29b)
            "广州、珠海、东莞、肇庆市司法局,惠州监狱和省女子强制隔离戒毒所等6个单位代表在会了作了经验交流发言。",
            ["广州司法局", "珠海司法局", "东莞司法局", "肇庆市司法局", "惠州监狱", "省女子强制隔离戒毒所"],
        ),
        (  # departments whose heads report their year (weinan_police_bureau_…_r51b)
            "会上,警务指挥部、督察支队、治安支队3个部门的主要负责同志代表各部门进行了现场述职报告。",
            ["警务指挥部", "督察支队", "治安支队"],
        ),
        (  # a count the last clause meets alone: the clause before the comma is no item
            "会议强调,市司法局和市公安局等2个单位作交流发言。",
            ["市司法局", "市公安局"],
        ),
        (  # the city's departments by its level, a bank's branch, their delegates speaking in turn on a topic
            # (sihui_court_execution_difficulty_leading_group_meeting_…_r57b)
            "市国土局、公安局、工商局和人民银行四会市支行参会代表分别围绕协助法院执行工作的内容进行发言。",
            ["市国土局", "市公安局", "市工商局", "人民银行四会市支行"],
        ),
        (  # a topic of several items between the list and its trigger (guangdong_police_asian_games_…_r75a)
            "会上，广州、深圳市公安局分别围绕亚运、大运安保情况作了发言；厅党委委员宣读了表彰通报。",
            ["广州公安局", "深圳市公安局"],
        ),
        (  # the text's own body among those listed, by its own word for itself and its officer; 市场 no level
            "市场监督管理局局长周建平、市法院民三庭庭长林森、我院副检察长李兆民、市公安局副局长包顶益先后介绍了做法。",
            ["市场监督管理局", "市法院", "我院", "市公安局"],
        ),
    ],
)
def test_presenter_lists_with_shared_names_and_posts(text, names):
    presenters, _ = find_presenters(text)
    assert [p.name for p in presenters] == names


@pytest.mark.parametrize(
    "text",
    [
        "省高院院长张三对做好下一步工作提出意见建议。",  # one officer's demands: no list presenting
        "甲县检察院、乙县检察院提出意见建议。",  # bodies proposing, no officer named: not a list of speakers
        "贵州省检察院检察长袁本朴向最高检作述职述廉报告。",  # one head's own 述职: no list presenting
    ],
)
def test_proposals_present_only_from_two_officers_or_more(text):
    assert find_presenters(text) is None


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # a tribunal holds a meeting jointly with the bodies it lists: each presents
            "3月17日,秀山法院龙池人民法庭联合龙池派出所、龙池司法所、妙泉司法所召开工作季度联系会。\n"
            "会议围绕辖区八镇矛盾纠纷联调进行深入交流。\n",
            "presenter_list",
            ["秀山法院龙池人民法庭", "龙池派出所", "龙池司法所", "妙泉司法所"],
        ),
        (  # a press office holds a conference jointly with the bodies it lists: they present, each from the
            # paragraph it heads (pingdingshan_ip_press_2023_r16a)
            "4月25日下午，市政府新闻办公室联合市市场监管局、市中级人民法院、市公安局等部门召开2023年知识产权保护新闻"
            "发布会。\n近年来，市市场监管局加强知识产权全链条保护，新增商标注册量7164件。\n"
            "市中级人民法院审结知识产权案件1200件。\n市公安局侦办侵犯知识产权案件124起。\n",
            "presenter_list",
            ["市市场监管局", "市中级人民法院", "市公安局"],
        ),
        (  # the officials of bodies listed, courts or not, present at a press conference (national_ip_counterfeit_
            # press_2023_r16a): each from the paragraph its official opens
            "国新办举行发布会。市场监管总局、最高人民法院、中宣部、海关总署有关负责人在国新办发布会上介绍了情况。\n"
            "市场监管总局副局长甘霖介绍，查处案件4.4万件。\n最高人民法院知识产权审判庭庭长林广海介绍，审结5000多件。\n"
            "中宣部版权管理局负责人介绍，删除链接84万条。\n海关总署有关负责人介绍，查扣6万多批。\n",
            "presenter_list",
            ["市场监管总局", "最高人民法院", "中宣部", "海关总署"],
        ),
        (  # one body after 联合 is no list of hosts: the court's own news
            "海城市人民法院联合市司法局召开座谈会。\n海城市人民法院受理案件1200件。\n",
            "single_court",
            ["海城市人民法院"],
        ),
        (  # the courts of one list, when the text names no other court, are its units together
            "闽粤赣省际法院院长联席会召开\n21日,第15届联席会在永定县召开,龙岩、三明、梅州等3家中级人民法院"
            "及29家基层法院负责人参加了会议。\n会员法院之间加强协作,协助外地法院异地执行。\n",
            "presenter_list",
            ["龙岩中级人民法院", "三明中级人民法院", "梅州中级人民法院"],
        ),
        (  # a clause that opens with two courts of a list makes both units, beside courts of clauses of their own
            "北京法院法官人均收案超过210件,重庆法院超过180件,浙江法院超过160件,上海、江苏两省(市)法院超过150件。\n",
            "court_lines",
            ["北京法院", "重庆法院", "浙江法院", "上海法院", "江苏法院"],
        ),
        (  # a meeting's paragraphs each opening with a different court's officer speaking: each court presents
            "全市法院调解工作会议召开。\n会上，沈阳中院院长张三介绍了诉前调解的做法。\n"
            "大连中院院长李四指出，要把非诉讼纠纷解决机制挺在前面。\n",
            "presenter_list",
            ["沈阳中院", "大连中院"],
        ),
        (  # courts listed before 分别介绍 present
            "会议召开。沈阳市中级人民法院、大连市中级人民法院分别介绍了经验。\n",
            "presenter_list",
            ["沈阳市中级人民法院", "大连市中级人民法院"],
        ),
        (  # a clause of a joint list alone is not three clauses of their own; the text names only the list's courts
            "北京法院法官人均收案超过210件。北京、浙江、重庆3省(市)法院人均结案数超过150件。\n",
            "presenter_list",
            ["北京法院", "浙江法院", "重庆法院"],
        ),
        ("会上，甲县法院代表、乙县司法局代表分别发言。\n", "presenter_list", ["甲县法院", "乙县司法局"]),
        (  # a court by its level in a list of bodies, and a list closed by its officers (等单位负责人先后发言)
            "会上，县人民法院、县司法局、县信访局等单位负责人先后发言。\n",
            "presenter_list",
            ["县人民法院", "县司法局", "县信访局"],
        ),
        (  # bodies heard by their kind alone, each then opening its sentences by name (yongkang_standing_committee_…)
            "会议听取了公安、法院、检察院、政法委的工作汇报。 去年,市公安机关破获案件12起。 市法院办结案件3928件。"
            "市检察院起诉2485人。 市政法委组织会诊5次。\n",
            "presenter_list",
            ["市公安机关", "市法院", "市检察院", "市政法委"],
        ),
        (  # a press conference held by bodies of several kinds together, each then opening its sentences, after a
            # lead of time (去年6月26日以来,) or in the opening paragraph (shenzhen_drug_day_press_2017_r13e)
            "公安、检察、法院、海关四部门联合召开新闻发布会。当日,全市法院公开宣判21件。\n"
            "去年6月26日以来,深圳公安机关破获毒品案件2730宗。\n市检察机关批准逮捕3029件。\n",
            "presenter_list",
            ["全市法院", "深圳公安机关", "市检察机关"],
        ),
        (  # … a kind heard that no sentence opens with is no unit; one found alone makes no list
            "会议听取了公安、法院的工作汇报。 市法院办结案件3928件。\n",
            "single_court",
            ["市法院"],
        ),
        (  # a court heard by its level, named with its place later (jimei_two_reports_npc_garbled_trad_r13d)
            "会议听取了区法院、区检察院的工作报告。\n去年集美区法院共受理各类案件8860件。\n",
            "presenter_list",
            ["集美区法院", "区检察院"],
        ),
        (  # … but not by another place's court: 海城法院 may be any county's
            "会议听取了区法院、区检察院的工作报告。\n去年海城法院共受理各类案件8860件。\n",
            "presenter_list",
            ["区法院", "区检察院"],
        ),
        (  # bare places before the list's first body share its name after the place; the body holding the
            # meeting, none of the list, holds the text before them (harbin_police_…_field_meeting_2012_r27a)
            "5月17日,哈尔滨市公安局在道里分局召开现场会。\n全市公安机关破获案件820起。\n"
            "会上,道里、香坊、松北分局、双城市局等单位和先进个人作了典型发言。\n",
            "presenter_list",
            ["哈尔滨市公安局", "道里分局", "香坊分局", "松北分局", "双城市局"],
        ),
        (  # officers a comma and a 、 part, of an association's committees and another city's association
            # (sichuan_lawyers_association_press_conference_yibin_2022_r27a): the host is the first one listed, and
            # its two committees' heads, one after the other, are one unit of it
            "12月1日,四川省律师协会召开新闻发布会。省律师协会会长李世亮,宜宾市律师协会副会长周婧,"
            "省律师协会维权委主任李天瑜、省律师协会惩戒委副主任苟凌出席发布会并发言。\n",
            "presenter_list",
            ["四川省律师协会", "宜宾市律师协会", "四川省律师协会"],
        ),
        (  # one presenter whose speech follows its sentence, calling it 该院, speaks from there; the meeting's
            # host, none of the list, holds the text before (wuzhou_courts_people_assessors_…_r28a)
            "9月29日下午,梧州市中院召开人民陪审员工作现场会。全市陪审员1200名。\n"
            "会上,蒙山法院院长张勇作了经验介绍。该院现有的15名人民陪审员参审率为100%。\n",
            "presenter_list",
            ["梧州市中院", "蒙山法院"],
        ),
        (  # a government's bodies by their short names (发改委, 金融办), speaking "as representatives", their topic
            # after a comma (lujiang_execution_linkage_mechanism_meeting_member_units_r28a)
            "会上,县发改委、县房产局、县金融办作为部门代表,就如何配合支持法院执行工作作了表态发言。\n",
            "presenter_list",
            ["县发改委", "县房产局", "县金融办"],
        ),
        (  # a meeting named after the province's procuratorates, none of them speaking for all: the organs as
            # one hold the text before the list (gansu_procuratorates_public_interest_…_r28a)
            "全省检察机关公益诉讼试点工作推进会召开\n全省共提起公益诉讼37件。\n"
            "会上,庆阳市检察院、兰州市检察院作了交流发言。\n",
            "presenter_list",
            ["全省检察机关", "庆阳市检察院", "兰州市检察院"],
        ),
        (  # a court the list leaves out whose officer opens a paragraph speaking first, and one after, are units
            # of their paragraphs beside the list's (lujiang_…_r28a, wuzhou_courts_people_assessors_…_r28a)
            "4月11日,庐江县召开执行攻坚联动机制会议。\n会上,庐江法院党组书记、院长金峰首先介绍了工作概况。\n"
            "县发改委、县房产局作为部门代表,就如何配合法院执行工作作了表态发言。\n"
            "合肥市中院党组成员、政治部主任李燕芬对庐江法院的工作给予了肯定。\n",
            "presenter_list",
            ["庐江法院", "合肥市中院", "县发改委", "县房产局"],  # (the list's two, never named again, have no text)
        ),
        (  # places counted before a kind and its officers (等7个省级检察院的检察长): each bare
            # (national_procurators_seminar_exchange_speeches_jlpeace_2025_r29b)
            "会上,天津、河北、陕西等3个省级检察院的检察长分别作交流发言。\n",
            "presenter_list",
            ["天津", "河北", "陕西"],
        ),
        (  # two bodies each named whole joined by 和 are two (zhanjiang_justice_offices_work_meeting_trad_2022_r30a);
            # kinds joined so are not (司法所和人民调解委员会)
            "会上,吴川司法局和黄坡司法所、遂溪司法局分别作了交流发言。\n",
            "presenter_list",
            ["吴川司法局", "黄坡司法所", "遂溪司法局"],
        ),
        (  # a session that hears the list's reports holds the meeting, but is no unit of it
            "2月1日，政协开江县委员会举行全体会议，会议听取了开江县人民法院、开江县人民检察院的工作报告。\n"
            "开江县人民法院院长王邦鑫作工作报告。全年共受理案件4220件。\n",
            "presenter_list",
            ["开江县人民法院", "开江县人民检察院"],
        ),
        (  # the press office holding the conference whose organs each give their figures is a unit before them
            # (ziyang_drug_day_press_three_organs_2024_r25b)
            "6月26日下午,资阳市人民政府新闻办公室举行新闻发布会,通报全市禁毒工作有关情况。\n通报指出,一年来,全市"
            "公安机关共破获毒品案件229件,查获408人;成功侦办一批大要案件。全市检察机关批准逮捕48件96人。全市法院系统"
            "审结制毒案件39件。\n",
            "court_lines",
            ["资阳市人民政府新闻办公室", "全市公安机关", "全市检察机关", "全市法院系统"],
        ),
        (  # two bodies holding a meeting where one of them sits (cixi_court_procuratorate_…_r41a)
            "近日,慈溪市人民检察院、慈溪市人民法院在市检察院召开工作交流会商会。\n双方签署了意见。\n",
            "presenter_list",
            ["慈溪市人民检察院", "慈溪市人民法院"],
        ),
        (  # a body that takes two others somewhere (联合…到…开展), each by its level, then by its short place
            # (青龙: 青龙满族自治县's) (qinglong_constitution_day_…_r57a)
            "青龙人民法院工作人员上课。\n12月3日,青龙满族自治县人民武装部联合县人民法院、县人民检察院到驻青龙"
            "武警中队开展送法进军营活动。\n青龙人民检察院推出“大篷车”。\n",
            "presenter_list",
            ["青龙满族自治县人民武装部", "青龙人民法院", "青龙县人民检察院"],
        ),
    ],
)
def test_units_of_lists_and_joint_meetings(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)


def test_one_presenters_speech_after_its_sentence_holds_its_figures():
    text = (
        "9月29日下午,梧州市中院召开人民陪审员工作现场会。全市陪审员1200名。\n"
        "会上,蒙山法院院长张勇作了经验介绍。该院现有的15名人民陪审员参审率为100%。\n"
    )
    doc = document_from_text("t", "t", text)
    got = {m["raw"]: m["unit"] for m in doc.records["metrics"]}
    assert got == {"1200名": "梧州市中院", "15名": "蒙山法院", "100%": "蒙山法院"}


DIGEST = (
    "封面新闻\n阿克苏地区新和县公安局特警大队强素质、补短板,不断提升应急处突专业水平。(视频制作:肖湘)\n法治速递\n"
    "最高检:近日印发《关于加强国有财产保护的通知》,要求实现市级院层面办案全覆盖。(最高检网站)\n"
    "公安部:2月8日举行线上新闻发布会,共投入群防群治力量2300余万人次。(人民网)\n"
    "法治宣传|近日,塔城地区乌苏市人民法院积极开展防范非法集资宣传普法活动。(乌苏政法)\n"
)


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # a digest's items each headed by its body, after a topic tag or a date: each a unit
            DIGEST,
            "digest",
            ["阿克苏地区新和县公安局特警大队", "最高检", "公安部", "塔城地区乌苏市人民法院"],
        ),
        (  # … after a lead that names no one of them (a title, a dateline, the roundup's opening and a photo's
            # caption: national_police_spring_festival_security_provinces_digest_2025_r38a), each item a unit
            "守护群众平安过节——全国各地公安机关圆满完成春节安保工作\n政务   2025-02-06 20:18   青海\n"
            "春节假期,全国各地公安机关强化社会治安巡逻防控,深化矛盾纠纷排查化解。\n"
            "2月4日,靖西市举办新春民俗大巡游活动。靖西市公安局提前规划活动交通路线。钟德胜 摄\n"
            "山西省公安机关领导干部坚持以上率下,排查安全隐患1460处。\n上海市公安机关细化勤务部署,加大警力投入。\n"
            "江苏省公安机关从严从细从实抓好防风险、保安全工作。\n",
            "digest",
            ["山西省公安机关", "上海市公安机关", "江苏省公安机关"],
        ),
        (  # one court heading every paragraph is one court's report, not a digest
            "海城市人民法院召开会议。会议强调要抓好审判工作。\n海城市人民法院受理案件1200件,审结1100件。\n"
            "海城市人民法院院长张三指出,要抓好执行工作。\n",
            "single_court",
            ["海城市人民法院"],
        ),
        (  # where nothing else names a unit, two bodies each opening a paragraph, after a lead at most, are its
            # units (guizhou_wuhan_police_…_r48a); the police as the news calls them (贵州省警方) a body
            "央视网消息:昨天,贵州和湖北武汉公开销毁了一批毒品。\n贵州省警方昨天公开销毁了560公斤毒品。\n"
            "昨天,武汉市公安局将一年来收缴的800公斤毒品进行公开集中销毁。\n",
            "digest",
            ["贵州省警方", "武汉市公安局"],
        ),
        (  # but not a body opening a paragraph and one opening a clause inside one
            "据统计,全年共收到申请6200件。\n市政府收到复议申请1186件,占19.1%;区县政府共收到复议申请1680件。\n",
            "fallback",
            ["总结"],
        ),
        (  # no one body's news, but the organs opening clauses with their figures (national_drug_control_…_r58a)
            "新华社北京6月26日电。\n全国公安机关破获毒品犯罪案件3.5万起。2018年以来,全国检察机关共批捕37.3万人。\n",
            "court_clauses",
            ["全国公安机关", "全国检察机关"],
        ),
        (  # one body's news (after its paper's tag, 本报讯…) whose sentence of clauses each opens with a station:
            # each station its clause, the body again after the sentence (zhongjiang_police_urban_safety_…_r49a)
            "本报讯(记者张嵘)日前,中江警方公开发布了平安指数。\n3个城区派出所中,南华派出所平安指数得分88分;"
            "城关派出所平安指数得分80.8分。\n主城区20个社区中,8个社区得分在90分以上。\n",
            "single_court",
            ["中江警方", "南华派出所", "城关派出所", "中江警方"],
        ),
    ],
)
def test_digest_items_headed_by_their_bodies(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)


# Round 8 (dongpo_dispute_review_meeting_r8a, fangshan_sutiao_centre_visit_2021_r8a, hubei_zhengfa_exchange_2026_r8b,
# zongzhi_fieldmeeting_xiamen_r8a): the bodies a meeting heard report, and places that present for their bodies.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "会议听取了区矛盾纠纷多元化解协调中心、区司法局、区检察院、区公安分局第二季度工作情况,分析了问题。",
            ["区矛盾纠纷多元化解协调中心", "区司法局", "区检察院", "区公安分局"],
        ),
        ("听取了房山公安分局、区法院、区检察院关于相关工作情况汇报", ["房山公安分局", "区法院", "区检察院"]),
        ("会上，武汉、襄阳、黄石、荆门作交流发言。内容摘要如下：", ["武汉", "襄阳", "黄石", "荆门"]),
        ("江西省宜春市、山东省济南市历下区在会上作了交流发言。", ["江西省宜春市", "山东省济南市历下区"]),
        (  # an inspection's visits in a list, the visit's words after the last (zhengzhou_npc_inspection_…_r14d)
            "视察组一行先后到金水区人民法院柳林法庭、金水区人民检察院、新密市人民法院实地查看,听取了相关工作汇报。",
            ["金水区人民法院柳林法庭", "金水区人民检察院", "新密市人民法院"],
        ),
        ("会议听取了意见建议。", []),  # no body heard
        ("会上，大力加强、全面推进作交流发言。", []),  # words, no places
    ],
)
def test_bodies_a_meeting_heard_and_places_that_present(text, names):
    found = find_presenters(text)
    assert ([p.name for p in found[0]] if found else []) == names


# Round 9 (zongzhi_fieldmeeting_xiamen_r8a, hubei_zhengfa_exchange_2026_r8b): a list that turns from bodies and
# ministries to places after 及, and passages headed by the listed name on a line of its own.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "中央信访联席办、最高人民法院、司法部、人力资源和社会保障部及福建省厦门市、江西省宜春市在会上作了交流发言。",
            ["中央信访联席办", "最高人民法院", "司法部", "人力资源和社会保障部", "福建省厦门市", "江西省宜春市"],
        ),
        ("会上，基层干部、全体党员作交流发言。", []),  # 干部 is no ministry
    ],
)
def test_ministries_and_places_after_bodies_present(text, names):
    found = find_presenters(text)
    assert ([p.name for p in found[0]] if found else []) == names


# Round 22: officers a comma parts, each by body, post and name, who spoke or reported (henan_business_…_2020_r22b,
# shenzhen_npc_three_reports_plenary_2022_r20c, kaihua_zhengfa_meeting_2021_h8); one guest who spoke is no list.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "河南省委政法委副书记李玉杰,省高级人民法院党组成员、副院长王韶华,省检察院党组成员、副检察长田效录,"
            "省公安厅二级警务专员郭渊及省司法厅副厅长王海云出席会议并讲话。",
            ["河南省委政法委", "省高级人民法院", "省检察院", "省公安厅", "省司法厅"],
        ),
        (
            "市人大常委会主任骆文智向大会作市人大常委会工作报告。深圳市中级人民法院院长张应杰,深圳市人民检察院"
            "检察长李小东分别作市中级人民法院、市人民检察院工作报告。",
            ["市人大常委会", "深圳市中级人民法院", "深圳市人民检察院"],
        ),
        (
            "会上,副县长、公安局长张飞,县人民法院院长王勇,县人民检察院检察长周红梁分别部署了分管领域的各项工作。",
            ["公安局", "县人民法院", "县人民检察院"],
        ),
        ("青浦区副区长、青浦公安分局局长姚少杰出席会议并讲话。", []),  # one guest speaking
    ],
)
def test_officers_a_comma_parts_present(text, names):
    found = find_presenters(text)
    assert ([p.name for p in found[0]] if found else []) == names


@pytest.mark.parametrize(
    ("text", "names", "first", "passages"),
    [
        (  # an excerpt ending inside the first passage: the presenters never named after the list have none
            "会上,中央信访联席办、司法部及福建省厦门市作了交流发言。\n深入推进信访工作法治化\n中央信访联席办\n"
            "中央信访联席办认真落实意见,全国2300个县级信访部门入驻综治中心。\n",
            ["中央信访联席办", "司法部", "福建省厦门市"],
            "中央信访联席办认真落实意见,全国2300个县级信访部门入驻综治中心。",
            1,
        ),
        (  # a place listed heads its passage by its body's whole name: the unit takes that name
            "会上,武汉、襄阳作交流发言。\n全面提升扫黑除恶工作质效\n武汉市委政法委\n武汉市明确7个方面39项举措。\n"
            "襄阳市委政法委\n襄阳市推进平安建设。\n",
            ["武汉市委政法委", "襄阳市委政法委"],
            "武汉市明确7个方面39项举措。",
            2,
        ),
    ],
)
def test_listed_presenters_head_their_passages_by_name(text, names, first, passages):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == ("presenter_list", names)
    held = text[st.units[0].start : st.units[0].end]
    assert first in held and "工作" not in held.replace(first, "")  # its passage, not the title above it
    assert sum(u.end > u.start for u in st.units) == passages


# Round 17 (kaijiang_cppcc_two_reports_2023_r17d, two_high_reports_summary_jiemian_2023_r16c): a session hears two
# bodies' reports; the court speaks under its name by level or opens its clause, and the procuratorate, whose part
# the text tells by its kind and its head's name alone and then leaves for the court's again, keeps no passage.
@pytest.mark.parametrize(
    ("text", "names", "court_has", "procuratorate_text"),
    [
        (
            "2月1日，政协开江县委员会举行全体会议，会议听取《开江县人民法院工作报告》和《开江县人民检察院工作报告》。\n"
            "县人民法院院长王邦鑫代表县人民法院向大会作工作报告。全年共受理案件4220件。\n",
            ["开江县人民法院", "开江县人民检察院"],
            "4220件",
            False,
        ),
        (
            "3月7日下午，最高人民法院工作报告和最高人民检察院工作报告提请十四届全国人大一次会议审议。\n"
            "周强介绍，五年来，最高人民法院共审结案件14.5万件。\n张军则介绍，检察机关全力投入扫黑除恶专项斗争。\n"
            "周强介绍，五年来，最高人民法院共审结严重暴力犯罪案件23.8万件。\n",
            ["最高人民法院", "最高人民检察院"],
            "23.8万件",
            False,
        ),
    ],
)
def test_a_sessions_reports_are_their_bodies_units(text, names, court_has, procuratorate_text):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == ("presenter_list", names)
    court, procuratorate = st.units
    assert court_has in text[court.start : court.end]
    assert (procuratorate.end > procuratorate.start) == procuratorate_text


# Round 9 (liupanshui_saohei_press_2019_r9c, changzhi_drug_day_press_2020_r9c, ershida_zhengfa_presser_points_trad_r9c,
# npc_plenary_two_reports_2012_trad_r9c): press conferences and transcripts, each body speaking in a paragraph of its
# own, by an officer, by the body's name alone, by an attendee's name alone, or in a transcript's brackets.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # officers and bodies reporting (通报), a 检察长, a party body with no officer
            "4月4日下午,市扫黑办召开新闻发布会。会上,各成员单位通报了工作情况。\n"
            "市公安局党委委员、副局长孟险峰向社会通报了有关情况。全市共侦办案件4起。\n"
            "市中级人民法院副院长马敏龙通报了相关工作情况。一审受理涉黑案7件。\n"
            "市人民检察院党组成员、副检察长谢凝通报了检察机关的情况。批准逮捕15件。\n"
            "市纪委监委通报了严查腐败的情况。立案30件。\n",
            ["市公安局", "市中级人民法院", "市人民检察院", "市纪委监委"],
        ),
        (  # attendees listed with body and post, then paragraphs opening with their names alone; 市中院 is the
            # court the text names in full (长治中院), its division a unit of its own; the bodies by their level
            # named with the one city the text names (长治)
            "6月24日,长治中院召开新闻发布会。市中院常务副院长栗向东、市检察院常务副检察长王东旭、市公安局副局长杨波及"
            "市中院刑一庭庭长赵广文出席新闻发布会。\n栗向东从四个方面介绍了全市法院的做法。\n"
            "王东旭就全市检察机关的工作进行了通报,批准逮捕181件。\n杨波就全市公安机关的工作进行了通报。\n"
            "市中院刑一庭庭长赵广文介绍本次集中宣判的52件案件。\n",
            ["长治中院", "长治市检察院", "长治市公安局", "市中院刑一庭"],
        ),
        (  # a meeting's words before its speaker (在考察交流座谈会上,) and an adverb before what he says (全面介绍了)
            # (yuxi_diqing_justice_bureaus_…_r54a)
            "1月25日,迪庆州司法局一行14人到玉溪市开展交流活动。\n在考察交流座谈会上,玉溪市司法局局长王云平全面介绍"
            "了工作情况；迪庆州司法局局长鲁茸介绍了困难。\n",
            ["玉溪市司法局", "迪庆州司法局"],
        ),
        (  # a transcript's speakers in brackets, later by name alone
            "3月11日下午,全国人民代表大会举行全体会议。\n[全国人大副委员长 严隽琪]各位代表,应出席代表2978人。\n"
            "[最高人民法院院长 王胜俊]各位代表:我代表最高人民法院报告工作。\n"
            "[王胜俊]2011年,最高人民法院受理案件1万件。\n",
            ["全国人大", "最高人民法院"],
        ),
    ],
)
def test_bodies_speaking_in_paragraphs_of_their_own(text, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == ("presenter_list", names)


def test_a_points_headline_belongs_to_the_speaker_below_it():
    text = (
        "二十大第三场记者招待会，要点来了！\n■10年来全国3799名民警牺牲\n"
        "公安部党委委员、副部长，移民局党组书记、局长许甘露表示，十年来，全国有3799名民警英勇献身。\n"
        "■保护创新\n最高法党组副书记、分管日常工作的副院长贺荣介绍，十年来，人民法院坚持依法保护知识产权。\n"
        "■公安机关推进平安中国\n许甘露介绍，全国公安机关扎实推进平安中国建设。\n"
    )
    st = parse_structure(text, fallback_name="总结")
    assert [u.name for u in st.units] == ["公安部", "最高法"]
    first = text[st.units[0].start : st.units[0].end]
    assert first.startswith("■10年来全国3799名民警牺牲") and "保护创新" not in first


def test_places_before_one_bodys_name_after_deng_and_a_topic_with_a_comma():
    found = find_presenters("会上,黑龙江、江西、山西等省委政法委就学习贯彻会议精神,做好政法工作作了交流发言。")
    assert [p.name for p in found[0]] == ["黑龙江省委政法委", "江西省委政法委", "山西省委政法委"]


# Round 10 (yibin_cppcc_court_procuratorate_briefing_r10c, npc2003_two_supreme_reports_tvnews_r10c): a session hearing
# the court's and the procuratorate's reports, each read from the sentence its officer opens or the paragraph its
# kind of body opens.
@pytest.mark.parametrize(
    ("text", "names", "firsts"),
    [
        (  # one paragraph: each report from the sentence its officer opens, speaking
            "十届全国人大一次会议举行全体会议,听取和审议最高人民法院、最高人民检察院工作报告。\n"
            "代表出席了会议。最高人民法院院长肖扬在作工作报告时说,五年中共审结各类案件20293件。"
            "最高人民检察院检察长韩杼滨向大会报告了工作,立案侦查职务犯罪案件207103起。大会执行主席何鲁丽主持会议。\n",
            ["最高人民法院", "最高人民检察院"],
            ["最高人民法院院长肖扬", "最高人民检察院检察长韩杼滨"],
        ),
        (  # a paragraph a body: each opens speaking for its kind (全市法院, 全市检察机关)
            "政协会议举行全体会议,听取市中级人民法院和市人民检察院工作通报。\n杨敏、熊启然分别通报了工作。\n"
            "过去五年,全市法院共受理各类案件33.32万件。\n过去五年,全市检察机关136个集体获得表彰。\n",
            ["市中级人民法院", "市人民检察院"],
            ["过去五年,全市法院", "过去五年,全市检察机关"],
        ),
        (  # the reports heard named each with its topic (A工作报告、B工作报告), then a passage for each kind of body
            # (shanghai_npc_two_reports_news_2020_r14d)
            "会议举行全体会议,听取上海市高级人民法院工作报告、上海市人民检察院工作报告。\n大会执行主席是李强。\n"
            "●全市法院\n2019年,共受理各类案件86.63万件。\n●市检察机关\n2019年,共批准逮捕32197人。\n",
            ["上海市高级人民法院", "上海市人民检察院"],
            ["●全市法院", "●市检察机关"],
        ),
        (  # a province's high court heard by its level, each report from the sentence its officer opens speaking
            # (shanxi_npc_two_reports_trad_2013_r14d)
            "会议举行第三次全体会议,听取省高级人民法院和省人民检察院工作报告。\n"
            "省高院院长左世忠说,五年来,全省法院共受理各类案件92.65万件。\n"
            "省检察院检察长杨司说,全省检察机关五年共批捕7万余件。\n",
            ["省高级人民法院", "省人民检察院"],
            ["省高院院长左世忠说", "省检察院检察长杨司说"],
        ),
        (  # three reports heard, an excerpt giving the court's alone (guangdong_report_news_2023_trad): its unit
            "会议举行第二次全体会议,听取省人大常委会工作报告、省高级人民法院工作报告、省人民检察院工作报告。\n"
            "省高级人民法院工作报告回顾了过去五年的工作。全省法院共新收各类案件1305.6万件。\n",
            ["省高级人民法院"],
            ["省高级人民法院工作报告"],
        ),
    ],
)
def test_reports_a_session_heard_each_from_where_it_opens(text, names, firsts):
    st = parse_structure(text, fallback_name="总结")
    one = len(names) == 1  # one report given: that body's own text
    assert (st.layout, [u.name for u in st.units]) == ("single_court" if one else "presenter_list", names)
    assert [text[u.start : u.end].strip()[: len(f)] for u, f in zip(st.units, firsts, strict=True)] == firsts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # each listed unit opens its own clause after the list
            "县法院、县司法局、县公安局分别汇报了工作情况。县法院今年诉前调解1200件；县司法局人民调解800件；"
            "县公安局调处纠纷300起。",
            [("1200件", "县法院"), ("800件", "县司法局"), ("300起", "县公安局")],
        ),
        (  # a paragraph of clauses, each opening with a different body's officer speaking
            "会上，县委政法委副书记张三通报了排查情况，共排查纠纷1200件；县法院院长李四介绍了诉源治理情况，诉前调解"
            "800件；县司法局局长王五汇报了人民调解工作，调解成功300件。",
            [("1200件", "县委政法委"), ("800件", "县法院"), ("300件", "县司法局")],
        ),
        (  # places sharing one court's name, each then opening a clause of one sentence after commas
            "南京、无锡、徐州中院院长作交流发言。南京中院诉前调解3万件，无锡中院诉前调解2万件，徐州中院诉前调解1.5万件。",
            [("3万件", "南京中院"), ("2万件", "无锡中院"), ("1.5万件", "徐州中院")],
        ),
        (  # each listed unit opens its clause after a short lead (随后，) or speaks right after its name
            "会上，甲县法院、乙县法院、县司法局作了交流发言。随后，甲县法院介绍，今年诉前调解1200件；乙县法院表示，"
            "化解纠纷800件；县司法局汇报，调解成功300件。",
            [("1200件", "甲县法院"), ("800件", "乙县法院"), ("300件", "县司法局")],
        ),
        (  # an excerpt that ends before the last listed unit speaks: the ones before keep their figures
            "会上，甲县法院、乙县法院、丙县法院作交流发言。甲县法院今年诉前调解1200件。乙县法院化解纠纷800件。",
            [("1200件", "甲县法院"), ("800件", "乙县法院")],
        ),
        (  # leaders of a court and a procuratorate named by level speak in turn (先后讲话), then by name alone
            "会上，市中院院长张三、市检察院检察长李四先后讲话。张三指出，全市法院收案1.2万件。李四说，全市检察机关"
            "批捕3000人。",
            [("1.2万件", "市中院"), ("3000人", "市检察院")],
        ),
        (  # a lead of its own (据介绍，) before the first unit's paragraph
            "会上，甲县法院、乙县法院作交流发言。\n据介绍，甲县法院今年诉前调解1200件。\n乙县法院则化解纠纷800件。",
            [("1200件", "甲县法院"), ("800件", "乙县法院")],
        ),
        (  # courts paired with their figures in one list, told by the indicator that opens the sentence
            "从结案率看，甲县法院98.8%、乙县法院96.7%、丙区法院91.7%位居前三。",
            [("98.8%", "甲县法院"), ("96.7%", "乙县法院"), ("91.7%", "丙区法院")],
        ),
        (  # places that speak for their bodies, each opening its sentence
            "会上，城关镇、东关镇、西关镇作了典型发言。城关镇调解纠纷120件。东关镇化解矛盾80件。西关镇调解成功率95%。",
            [("120件", "城关镇"), ("80件", "东关镇"), ("95%", "西关镇")],
        ),
    ],
)
def test_listed_units_each_open_their_sentences(text, want):
    from explorer.read.dataset import document_from_text

    doc = document_from_text("t", "t", text)
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]] == want


def test_listed_speakers_each_open_their_part_by_their_own_name():
    """A list names each unit's speaker (甲县法院院长张三); the body has each speak by name alone (张三介绍，…): each
    unit's figures are its own, not the undelimited list's."""
    from explorer.read.dataset import document_from_text

    text = (
        "会上，甲县法院院长张三、乙县法院院长李四、丙区司法局局长王五分别作交流发言。张三介绍，今年以来甲县法院诉前"
        "调解1200件。李四说，乙县法院化解纠纷800件。王五表示，司法局调解成功率达65%。"
    )
    doc = document_from_text("t", "t", text)
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]] == [
        ("1200件", "甲县法院"),
        ("800件", "乙县法院"),
        ("65%", "丙区司法局"),
    ]


def test_a_summary_of_two_reports_comes_back_to_each_body():
    """fujian_two_reports_highlights_digest_2021_r18a: the court's and the procuratorate's figures in turn, each
    paragraph opening for its body's kind under a subheading: every paragraph is its body's, not only the first."""
    text = (
        "省高级人民法院院长吴偕林和省人民检察院检察长霍敏25日上午分别向省人代会作省法院和省检察院工作报告。\n"
        "审结涉疫案件1605件\n省法院审结涉疫案件1605件。\n全省检察机关共批捕扰乱医疗秩序等犯罪315人。\n"
        "捕涉黑涉恶犯罪5090人\n省法院开展利刃行动，审结涉黑涉恶案件612件。\n全省检察机关共批捕涉黑涉恶犯罪5090人。\n"
    )
    st = parse_structure(text, fallback_name="总结")
    owner = {u.name: [] for u in st.units}
    for u in st.units:
        owner[u.name].append(text[u.start : u.end])
    assert list(owner) == ["省高级人民法院", "省人民检察院"]
    court, procuratorate = ("".join(parts) for parts in owner.values())
    assert "1605件" in court and "612件" in court and "315人" not in court
    assert "315人" in procuratorate and "5090人。" in procuratorate and "612件" not in procuratorate


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # national_mediation_speeches_2023: a compilation's contents, bodies and a committee's head among courts
            "目 录\n1. 浙江省高级人民法院:\n巩固深化诉源治理  1\n2. 上海市司法局:\n大调解格局  3\n"
            "3. 河南省温县祥云镇人民调解委员会主任吴静静:\n倾情倾心扎根基层  14\n"
            "巩固深化诉源治理\n浙江省高级人民法院\n近年来，浙江法院诉前化解纠纷占比50%。",
            "court_lines",
            ["浙江省高级人民法院", "上海市司法局", "河南省温县祥云镇人民调解委员会"],
        ),
        (  # china_smart_court_forum_speeches_h8: a judge's rank before the court, a foreign court's head
            "中国二级大法官、浙江省高级法院院长 陈国猛\n伴随着信息技术的快速发展，司法与网络的融合已是大势所趋。\n"
            "俄罗斯联邦最高法院第一副院长 谢尔科夫\n俄罗斯最高法院实现了与全国所有基层法院的联网。",
            "digest",
            ["浙江省高级法院", "俄罗斯联邦最高法院"],
        ),
        (  # hunan_court_bulletin_business_env_2022_h5a: a bulletin prints what the courts sent
            "编者按：现将长沙中院、郴州中院、衡阳中院等经验做法予以刊发，供各地法院学习借鉴。\n"
            "长沙法院：奋力营造良好法治化营商环境\n近年来，长沙市法院推出8项举措。",
            "presenter_list",
            ["长沙中院", "郴州中院", "衡阳中院"],
        ),
        (  # xilinhot_sutiao_liaison_trad_h5a: the attendance, then 各成员单位分别介绍; the convening court first
            "锡林浩特市人民法院\n组织召开联席会议\n9月11日，锡林浩特市人民法院组织各成员单位召开联席会。"
            "希日塔拉街道办事处工作人员张力光、锡盟“温馨驿站”婚姻家庭建设协会主任张秀艳出席会议。\n"
            "会上，各成员单位和调解组织分别介绍了工作开展情况。",
            "presenter_list",
            ["锡林浩特市人民法院", "希日塔拉街道办事处", "锡盟“温馨驿站”婚姻家庭建设协会"],
        ),
        (  # jinzhong_yizhanshi_meeting_2020_h5a: places before a count of courts, no 等
            "会上，左权、寿阳、太谷 3 个法院结合各自实践作了交流发言。",
            "presenter_list",
            ["左权", "寿阳", "太谷"],
        ),
        (  # beijing_two_reports_big5_2026_h16: a city's high court by its level (北京)
            "北京市十六届人大四次会议分别听取市高级人民法院工作报告、市人民检察院工作报告。\n"
            "市高级人民法院院长寇昉代表市高级人民法院向大会报告工作。",
            "presenter_list",
            ["市高级人民法院", "市人民检察院"],
        ),
        (  # zhengfa_bodies_first_workday_photo_digest_2011_r19d: a page of photos, its captions furniture
            "新年的第一个工作日，记者走进政法机关。\n图为最高法立案二庭正在进行述职大会。本报记者王斗斗摄\n"
            "图为1月4日司法部大门口。本报记者于呐洋摄\n图为公安部视频调度会现场。本报记者周斌摄",
            "digest",
            ["最高法", "司法部", "公安部"],
        ),
        (  # guests who only sat in: no one is said to speak after the attendance
            "县法院召开座谈会。县司法局局长王五、县妇联主任赵六出席会议。会议强调要加强协作。",
            "single_court",
            ["县法院"],
        ),
    ],
)
def test_compilations_attendances_and_captions_name_their_units(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # telecom_fraud_teleconference_2023_r16a: national bodies written whole open the clauses of one paragraph
            "公安部累计向各地推送预警指令2.4亿条；工信部累计拦截诈骗电话21亿次、处置涉案域名网址266万个；"
            "中央网信办封堵境外涉诈网址79.9万个；人民银行协助公安机关紧急拦截涉案资金3180余亿元。",
            ["公安部", "工信部", "中央网信办", "人民银行"],
        ),
        ("据最高检网站消息，最高人民检察院发布数据。全国检察机关共起诉12万人。", ["最高人民检察院"]),  # a source
    ],
)
def test_national_bodies_open_clauses_as_units(text, names):
    assert [u.name for u in parse_structure(text, fallback_name="总结").units] == names


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (  # saohei_office_press_repost_2020_r14d: kinds with no listed body of their own are units of their own
            "记者从全国扫黑办获悉，全国共打掉涉黑组织3291个。\n此外，全国各级检察机关提起公诉3477起，"
            "各级法院共审结一审案件6016件。下一步，全国扫黑办将加强督办。",
            {"3291个": "全国扫黑办", "3477起": "全国各级检察机关", "6016件": "各级法院"},
        ),
        (  # national_ip_counterfeit_press_2023_r16a: 审判机关 is the listed court's; the others are new units
            "市场监管总局、最高人民法院、海关总署有关负责人介绍了情况。2022年，公安机关破获案件2.7万起，"
            "检察机关起诉2.7万人，审判机关审结案件219.4万件。",
            {"2.7万起": "公安机关", "2.7万人": "检察机关", "219.4万件": "最高人民法院"},
        ),
        (  # wanyuan_jvzhi_2025_r7a: the court's own sentence tells what the police did with its referrals
            "万源市法院召开会议。期间，万源市法院共向公安机关移送线索13件，公安机关立案8件，已判决3件。",
            {"13件": "万源市法院", "8件": "万源市法院", "3件": "万源市法院"},
        ),
        (  # national_ip_press_enforcement_bodies_2013_r22b: a field's system is the listed body of that field;
            # the courts of the nation, none listed, a unit of their own to the sentence's end past its ；
            "国家知识产权局局长申长雨介绍了情况。\n国家工商行政管理总局副局长刘俊臣介绍了情况。\n全国地方法院共新收"
            "案件88583件；共审结一审知识产权案件10万件。全国工商系统共立案查处案件83141件。",
            {"88583件": "全国地方法院", "10万件": "全国地方法院", "83141件": "国家工商行政管理总局"},
        ),
        (  # national_high_court_presidents_forum_…_2017_r26b: the basic courts, a part of all, a unit of their own
            "全国高级法院院长座谈会在贵阳召开。最高人民法院院长周强出席会议并讲话。最高人民法院副院长李少平主持会议。\n"
            "2016年，全国法院受理案件2303万件。值得关注的是，全国基层法院审、执结各类案件5423.5万件。",
            {"2303万件": "最高人民法院", "5423.5万件": "全国基层法院"},
        ),
    ],
)
def test_a_kind_of_body_opening_a_clause_with_its_figure(text, owners):
    from explorer.read.dataset import document_from_text

    doc = document_from_text("t", "t", text)
    assert {m["raw"]: m["unit"] for m in doc.records["metrics"] if m["raw"] in owners} == owners


def test_an_editors_note_prints_the_speeches_it_lists_in_order():
    """saohei_second_push_speeches_r15c: a party secretary with two posts, then provinces by name; the note says the
    speeches follow, and the excerpt holds the first."""
    text = (
        "【编者按】推进会上，陕西省委书记、省人大常委会主任胡和平和安徽、湖南七省相关负责同志作了发言。现摘要予以刊发。\n"
        "一、深入宣传抓发动。3次召开宣传工作专题会议。"
    )
    st = parse_structure(text, fallback_name="总结")
    assert [(u.name, u.person) for u in st.units] == [("陕西省委", "胡和平"), ("安徽", None), ("湖南", None)]
    assert "3次" in text[st.units[0].start : st.units[0].end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("屯昌县委政法委副书记梁晓慧", "屯昌县委政法委"),  # the committee's organ, not the committee
        ("陕西省委书记胡和平", "陕西省委"),
        ("县司法局局长王五", "县司法局"),
    ],
)
def test_a_party_committee_is_a_body_unless_its_organ_follows(text, name):
    from explorer.read.presenters import list_item

    assert list_item(text).name == name


def test_bullets_and_systems_of_a_kind_open_their_clauses():
    """zhengfa_rectification_presser_pinyin_trad_r15c: a dash bullet opening with 全国政法机关; systems of a kind."""
    from explorer.read.dataset import document_from_text

    text = (
        "区司法局召开发布会，公布了教育整顿的成果。\n——全国政法机关举办专题讲座8.6万场。\n"
        "——排查问题39441件。全国法院系统整改问题40046件，检察系统整改问题4900件。"
    )
    owners = {m["raw"]: m["unit"] for m in document_from_text("t", "t", text).records["metrics"]}
    assert owners["8.6万场"] == "全国政法机关"
    assert (owners["40046件"], owners["4900件"]) == ("全国法院系统", "检察系统")


def test_a_units_lead_and_subheading_are_its_own():
    """shenzhen_drug_day_press_2017_r13e: the police's paragraph opens after a time lead, under a subheading."""
    from explorer.read.dataset import document_from_text

    text = (
        "公安、检察、法院等六部门联合召开禁毒工作新闻发布会。当日，全市法院举行公开宣判大会，宣判案件38件。\n"
        "一年查处吸毒人员近1.9万名\n去年6月26日以来，市公安机关坚持严打，查处吸毒人员18935人。\n"
        "市检察机关批准逮捕毒品犯罪案件3029件。"
    )
    owners = {m["raw"]: m["unit"] for m in document_from_text("t", "t", text).records["metrics"]}
    assert (owners["近1.9万名"], owners["18935人"]) == ("市公安机关", "市公安机关")


def test_a_tribunals_judge_speaking_of_it_turns_the_text_to_it():
    """ganzhou_xijiao_tribunal_feature_2019_r12d: “我们法庭…” is the tribunal's, after its court's paragraph;
    这是法庭所有干警 names no tribunal."""
    from explorer.read.dataset import document_from_text

    text = (
        "甘州区法院西郊人民法庭收案1600多件。3名法官，这是法庭所有干警。\n甘州区法院受理案件27150件。\n"
        "“我们法庭每年办理的诉讼案件数占全院的12%，人均结案数为450件。”庭长说。"
    )
    doc = document_from_text("t", "t", text)
    owners = {m["raw"]: m["unit"] for m in doc.records["metrics"]}
    assert (owners["12%"], owners["450件"]) == ("甘州区法院西郊人民法庭", "甘州区法院西郊人民法庭")
    assert owners["27150件"] == "甘州区法院"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # huancui_sujingtiao_forum_r7b: a body that is no court holds the meeting 联合 the others, met at a place
            "4月20日下午，环翠区司法局联合区法院、公安环翠分局，在环翠区法院组织召开座谈会。\n会议指出…",
            ["环翠区司法局", "环翠区法院", "公安环翠分局"],
        ),
        (  # wenzhou_caishen_liaison_meeting_2022_r12d: the hosts before 联合召开
            "6月22日上午，温州市劳动人事争议仲裁委员会与温州市中级人民法院联合召开联席会。\n会议总结了…",
            ["温州市劳动人事争议仲裁委员会", "温州市中级人民法院"],
        ),
    ],
)
def test_the_bodies_that_hold_a_meeting_together(text, names):
    assert [u.name for u in parse_structure(text, fallback_name="总结").units] == names


@pytest.mark.parametrize("name", ["检察机关", "全国各级检察机关", "我旗公安机关", "全国法院系统", "全市各级禁毒部门"])
def test_a_kind_of_body_has_no_courts_level_or_short_name(name):
    """A unit read from an organ clause shows in the data page and the level filter as a body, not a basic court
    (检察机关 was described as 基层人民法院 with the short name 检察机关法院)."""
    from explorer.read.courts import describe

    assert describe(name)[0] == "" and "法院" not in describe(name)[2].removeprefix(name)


def test_a_body_whose_officer_speaks_in_one_courts_news():
    """gdhj_sutiao_liaison_meeting_2019_h5a: the court's meeting, then 县委政法委's deputy secretary speaks."""
    text = (
        "5月30日上午，县法院召开诉调对接工作联席座谈会。\n会上，我院立案庭庭长梁雁飞总结了工作，已设立律师调解室2个。\n"
        "县委政法委专职副书记邓伟宁要求，各相关单位要加强沟通联系。"
    )
    st = parse_structure(text, fallback_name="总结")
    assert [(u.name, u.person) for u in st.units] == [("县法院", None), ("县委政法委", "邓伟宁")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # the basic courts reporting together: a part of the city's courts with words of its own
            "宁波中院召开全市法院院长座谈会。\n会上，各基层法院院长汇报了上半年工作。\n宁波中院审结案件1200件。\n",
            ["宁波中院", "各基层法院"],
        ),
        (  # counted, the count left out of the name (nongken_…_r39a)
            "农垦中院召开执行工作会议。\n会上，5个基层法院执行局局长结合本院实际汇报了执行质效指标完成情况。\n",
            ["农垦中院", "基层法院"],
        ),
        (  # the basic courts told something, not reporting: no unit
            "宁波中院召开全市法院院长座谈会。\n会议要求各基层法院认真落实。\n",
            ["宁波中院"],
        ),
    ],
)
def test_courts_of_one_level_reporting_together_are_a_unit(text, names):
    doc = document_from_text("t", "corpus:t", text)
    assert [u["name"] for u in doc.records["units"]] == names
    assert {m["unit"] for m in doc.records["metrics"]} <= {names[0]}  # the figures stay the meeting court's
