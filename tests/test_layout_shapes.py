"""Shapes of units the first held-back documents showed (issue 22): each on a small text in its shape,
with the units a careful reader names, worked out by hand."""

import pytest

from explorer.read.courts import canonical
from explorer.read.parse import parse_structure


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # a forest district's basic court, named in the title only; the body speaks as 我院
            "汪清林区基层法院2019年上半年全院审判态势分析\n一、结收比指标\n上半年收案数共152件，结案数共140件。\n"
            "我院上半年无长期未结诉讼案件。\n",
            "single_court",
            ["汪清林区基层法院"],
        ),
        (  # a place with a character jieba does not know (鄠) keeps it: not 邑区人民法院
            "其中，鄠邑区人民法院的创建经验受到充分肯定。\n鄠邑区人民法院创建了11个服务站。\n",
            "single_court",
            ["鄠邑区人民法院"],
        ),
        (  # a court named by its level after the verb 代表 (issue 22 item 2): not a court called 代表区
            "2月15日，院长张三代表区人民法院向大会报告工作。\n全年受理案件1200件。\n",
            "single_court",
            ["区人民法院"],
        ),
        (  # the full name the report gives wins over 我代表市中级人民法院 (shenzhen_report_2023)
            "深圳市中级人民法院工作报告\n受院长委托，我代表市中级人民法院向大会报告工作。\n深圳市中级人民法院收案1200件。\n",
            "single_court",
            ["深圳市中级人民法院"],
        ),
        (  # a guest court that comes to 我院 (haojiang_visit_2018_r3a) is not the host, though named first; the host is
            # the one other court, named once late, in a text that also speaks of 全市法院
            "3月16日上午，汕头中院副院长等领导到我院调研执行工作。\n院长汇报：全年结案率93.58%，在全市法院中最高。\n"
            "副院长认为濠江法院的执行工作走在全市法院前列。\n",
            "single_court",
            ["濠江法院"],
        ),
        (  # a meeting's news whose paragraphs each open with a body's officer speaking, not all of them courts
            # (tunchang_sutiao_forum_2022_r3b): each body presents from its paragraph
            "屯昌法院召开诉调对接工作座谈会\n屯昌法院院长陈杰主持会议，县司法局局长符祥云出席会议。\n"
            "会上，屯昌县委政法委副书记梁晓慧对法院的工作表示高度肯定。\n屯昌县司法局局长符祥云介绍了工作概况。\n"
            "屯昌法院院长陈杰明确了座谈会的目的。\n",
            "presenter_list",
            ["屯昌县委政法委", "屯昌县司法局", "屯昌法院"],
        ),
        (  # a brief joining two bodies' officers' statements, a day word or a comma before the verb
            # (guangdong_police_court_brief_2010_trad_r13d)
            "【本报讯】广东省公安厅副厅长何广平昨日指出，去年侦破的刑事案达十九万宗。\n"
            "另外，广东省高级人民法院院长郑鄂，昨在省人大会议指出，广东省法院去年审结案件95万宗。\n",
            "presenter_list",
            ["广东省公安厅", "广东省高级人民法院"],
        ),
        (  # a court's own meeting where its divisions and a tribunal report, each by its head
            "甲县人民法院召开一季度工作分析会\n会上，各业务庭室负责人分别汇报了一季度工作情况。\n"
            "民一庭庭长李四汇报，一季度审结民事案件450件。\n执行局局长王五汇报，一季度执结案件380件。\n"
            "城关人民法庭庭长赵六汇报，一季度结案210件。\n",
            "presenter_list",
            ["民一庭", "执行局", "城关人民法庭"],
        ),
        (  # the same shape with courts only is one court's news: its president and vice-president speak
            "海城法院召开会议\n会上，海城市人民法院院长张三指出，要抓好审判。\n海城市人民法院副院长李四强调，要抓好执行。\n",
            "single_court",
            ["海城市人民法院"],
        ),
        (  # a court's letter speaking as 全院 names itself once, late, beside 全市法院
            # (baoan_newyear_letter_2018_trad_r4a): itself, not an example of the city's courts
            "新年致辞\n过去一年，全院干警辛勤工作，结案数位居全市法院前列，占全市法院十分之一。\n"
            "全院共审结案件5万件。\n全市法院考核中，宝安法院名列第一。\n",
            "single_court",
            ["宝安法院"],
        ),
        (  # a budget table heads the court's rows with the body in charge of it (司法院主管), named again in a
            # note; the court whose budget it is speaks (ip_commercial_court_budget_table_2025_trad_r11t)
            "岁出机关别预算表\n4 0005000000 司法院主管\n4 9 0005260000 智慧财产及商业法院 319,467 309,059\n"
            "4 9 1 3405260100 一般行政 306,479 299,351 连同由司法院「一般行政」科目移入1,132千元\n",
            "single_court",
            ["智慧财产及商业法院"],
        ),
        (  # the same without 基层: one court under either name
            "汪清林区法院召开会议。\n汪清林区法院收案152件。\n",
            "single_court",
            ["汪清林区法院"],
        ),
        (  # a statistics release credited to an office of the SPC on a line of its own: the SPC presents
            "图表:人民法院审判和执行工作情况\n最高人民法院统计工作办公室提供\n二○○八年三月\n"
            "2003—2007年，全国各级人民法院审结案件4258.4万件。\n",
            "single_court",
            ["最高人民法院"],
        ),
        (  # without the credit line the same figures belong to no presenter
            "图表:人民法院审判和执行工作情况\n二○○八年三月\n2003—2007年，全国各级人民法院审结案件4258.4万件。\n",
            "fallback",
            ["总结"],
        ),
        (  # a credit inside a sentence is no credit line
            "数据由最高人民法院统计工作办公室提供，全国各级人民法院审结案件4258.4万件。\n",
            "fallback",
            ["总结"],
        ),
        (  # Taiwan's judiciary, named inside sentences of a commentary in traditional script
            "於1月8日的司法節研討會中，司法院代理院長謝銘洋表示2024年法院收案量達417萬件。\n"
            "根據2023年的司法院統計，全國地方法院共終結約390萬件。\n",
            "single_court",
            ["司法院"],
        ),
        ("加强司法院校合作，培训法官300人。\n", "fallback", ["总结"]),  # 司法院校: judicial academies
        (  # a mediation studio named by its proper name in quotation marks, again and again; the kind of body
            # (“调解工作室”) in quotation marks too is no presenter, and the city's figures stay in the intro
            "常州市各级调解部门受理各类矛盾纠纷44224件。\n个人“调解工作室”开先河\n"
            "积极开展了个人“调解工作室”试点工作。“夏戈工作室”就是试点之一，已经成功调解了三四十起纠纷。\n"
            "记者来到位于常州荷花池公寓的“夏戈工作室”。\n",
            "single_court",
            ["夏戈工作室"],
        ),
        (  # named in quotation marks once: no presenter
            "常州市各级调解部门受理各类矛盾纠纷44224件。\n“夏戈工作室”就是试点之一。\n",
            "fallback",
            ["总结"],
        ),
        (  # only a kind of body in quotation marks: no presenter
            "积极开展了个人“调解工作室”试点工作。\n个人“调解工作室”开先河，调解纠纷300件。\n",
            "fallback",
            ["总结"],
        ),
        (  # a paper (abstract, keywords) cites a court in its body as an example: no presenter
            "时间:2020年11月19日 分类:政法论文\n摘要:本文比较两岸诉前调解制度。\n关键词:海峡两岸 诉前调解\n"
            "其中陕西省大荔县人民法院的诉前调解机制自运行以来成效明显。\n大荔县人民法院所取得的成绩只是一个缩影。\n",
            "fallback",
            ["总结"],
        ),
        (  # the same court in a text with no abstract and keywords speaks for itself
            "其中陕西省大荔县人民法院的诉前调解机制自运行以来成效明显。\n大荔县人民法院所取得的成绩只是一个缩影。\n",
            "single_court",
            ["陕西省大荔县人民法院"],
        ),
        (  # a paper whose title names the court it studies: that court is its unit
            "以大荔县人民法院的实践为样本\n摘要:本文研究诉前调解。\n关键词:诉前调解\n正文中没有再提到法院。\n",
            "single_court",
            ["大荔县人民法院"],
        ),
        (  # a compilation whose items each open with their court in brackets
            "【南京中院】坚持抓前端，受理案件12345件。\n【无锡中院】推进诉源治理，诉前调解3000件。\n",
            "court_lines",
            ["南京中院", "无锡中院"],
        ),
        (  # … or in round brackets
            "（南京市中级人民法院）坚持抓前端，受理案件12345件。\n（无锡市中级人民法院）推进诉源治理，诉前调解3000件。\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # items marked ■ before their court alone on its line
            "■南京市中级人民法院\n近年来，受理案件12345件。\n■无锡市中级人民法院\n今年以来，诉前调解3000件。\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # headlines that end with their court after a dash, or in brackets
            "坚持抓前端治未病——南京市中级人民法院\n受理案件12345件。\n推进诉源治理（无锡市中级人民法院）\n"
            "诉前调解3000件。\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # bodies that are no courts head a compilation's items the same, and a court named by its level
            "■城关镇人民调解委员会\n调解纠纷120件。\n■县司法局\n人民调解800件。\n",
            "court_lines",
            ["城关镇人民调解委员会", "县司法局"],
        ),
        (
            "县司法局：深化人民调解\n调解800件。\n县人民法院：推进诉源治理\n调解1200件。\n",
            "court_lines",
            ["县司法局", "县人民法院"],
        ),
        (  # a bulletin's lines, each a court and its figures after a colon, the city's court by its level
            "市中院：收案12345件，结案率91.0%；\n甲县法院：收案3456件，结案率95.5%；\n乙县法院：收案2345件。\n",
            "court_lines",
            ["市中院", "甲县法院", "乙县法院"],
        ),
        (  # a national body before a colon heads a digest's item, not a court's line (xinjiang_zhengfa_digest_2022_r4b)
            "最高检：近日印发公益诉讼工作通知，办案1200件。\n公安部：2月8日举行发布会，投入2300余万人次。\n"
            "司法部：近日部署工作，培训调解员3000人。\n",
            "digest",
            ["最高检", "公安部", "司法部"],
        ),
        (  # a release bylined by a court's office on a line under its title (spc_2015_caseload_repost_tjhexi_r13d)
            "2015年全国法院审判执行情况\n最高人民法院研究室\n全国法院新收案件17659861件，上升22.81%。\n",
            "single_court",
            ["最高人民法院"],
        ),
        (  # the supreme court named once, as where the news comes from (spc_halfyear_data_2023_xinhua_repost_r13e)
            "新华社北京8月7日电 记者7日从最高人民法院获悉，上半年全国法院新收各类案件1696万件。\n",
            "single_court",
            ["最高人民法院"],
        ),
        (  # … or named once with its own figures: a yearbook's account (law_yearbook_trial_overview_trad_2017_r16c)
            "（一）审判工作\n2017年，最高人民法院受理案件28499件，审结25808件；地方各级人民法院共受理案件25737393件。\n",
            "single_court",
            ["最高人民法院"],
        ),
        (  # a place's courts together (浙江法院) named most, with the place's high court named: the court speaks
            # (zhejiang_suyuan_feature_2024_r5b); a bare 宁波法院 gives way to 宁波中院 (ningbo_presidents_forum_…)
            "浙江法院诉源治理成效显著\n全国人大代表、浙江省高级人民法院院长李占国说，浙江法院收案下降。浙江法院审结"
            "案件121.8万件。\n",
            "single_court",
            ["浙江省高级人民法院"],
        ),
        (
            "宁波法院：对照“最美模范生”标准，奋力交出高分报表\n10月27日，宁波中院召开全市法院院长座谈会。"
            "全市法院收案161552件。\n宁波中院党组书记、院长陈志君出席会议并讲话。\n",
            "single_court",
            ["宁波中院"],
        ),
        (  # … named once as a citation, it is no unit
            "根据最高人民法院的规定，上半年全国法院新收各类案件1696万件。\n",
            "fallback",
            ["总结"],
        ),
        (  # the same office named in a sentence is no byline: the text names no court of its own
            "2015年全国法院审判执行情况\n据最高人民法院研究室统计，新收案件17659861件。\n",
            "fallback",
            ["总结"],
        ),
        (  # items whose court stands in brackets under their headline, with a date after it
            "会议交流材料之一\n以“三个坚持”推动诉源治理\n（南京市中级人民法院 2023年5月）\n诉前调解12345件。\n"
            "会议交流材料之二\n以“四个强化”推动多元解纷\n（无锡市中级人民法院 2023年5月）\n诉前调解3000件。\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # passages closed by what their author is (（作者系南京市中级人民法院院长）)
            "坚持抓前端治未病\n受理案件12345件。\n（作者系南京市中级人民法院院长）\n推进诉源治理\n"
            "诉前调解3000件。\n（作者为无锡市中级人民法院党组书记、院长）\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # bylines under each headline after a mark or a label (□ 南京市中级人民法院 张三, 作者：…)
            "坚持抓前端治未病\n□ 南京市中级人民法院 张三\n受理案件12345件。\n推进诉源治理\n"
            "◎无锡市中级人民法院党组书记、院长 李四\n诉前调解3000件。\n",
            "digest",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (
            "坚持抓前端治未病\n作者：南京市中级人民法院 张三\n受理案件12345件。\n推进诉源治理\n"
            "作者：无锡市中级人民法院 李四\n诉前调解3000件。\n",
            "digest",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # a digest's items headed by their courts after a lead whose court gives its own figures: that court
            # first, from the lead (jixi_case_payout_day_courts_digest_2021_r14d)
            "11月18日，鸡西中院在全市法院开展执行案款集中发放活动。\n本次活动共计发放案款252.96万元，涉及案件25件。\n"
            "城子河区法院当日向12位工人发放了工资款。\n鸡冠区人民法院通过线上方式发放案款8笔。\n",
            "digest",
            ["鸡西中院", "城子河区法院", "鸡冠区人民法院"],
        ),
        (  # one author's court under a survey's title is not the text's presenter (xian_wusong_survey_2023)
            "无讼村居建设调研报告\n文 | 陕西省西安市中级人民法院 赵雷\n甲县法院受理案件1200件。乙县法院受理800件。\n",
            "court_clauses",
            ["甲县法院", "乙县法院"],
        ),
        (  # one marked court alone is no list of them
            "■南京市中级人民法院\n近年来，受理案件12345件。\n今年以来，诉前调解3000件。\n",
            "single_court",
            ["南京市中级人民法院"],
        ),
        (  # a compilation whose passages each close with their court in brackets (a paper's attribution)
            "坚持抓前端治未病\n近年来，受理案件12345件。\n（南京市中级人民法院）\n推进诉源治理\n"
            "今年以来，诉前调解3000件。\n（作者单位：无锡市中级人民法院）\n",
            "court_lines",
            ["南京市中级人民法院", "无锡市中级人民法院"],
        ),
        (  # a digest's paragraphs headed by courts, some by several listed together: each a unit, the paragraph
            # its first court's (jixi_case_payout_day_courts_digest_2021_r14d)
            "集中发放案款活动在全市法院同步开展。\n城子河区法院当日向12位工人发放了执行回的工资款，保障工资及时兑现。\n"
            "鸡冠区人民法院、鸡东县人民法院、梨树区人民法院通过线上发放案款的方式，向申请执行人发放案款。\n"
            "密山市人民法院、恒山区人民法院通过现场发放的方式，为涉案当事人送去了一份暖意。\n",
            "digest",
            ["城子河区法院", "鸡冠区人民法院", "鸡东县人民法院", "梨树区人民法院", "密山市人民法院", "恒山区人民法院"],
        ),
        (  # a form's fields name the body whose form it is; a form above it, begun on an earlier page, has none
            # (daying_justice_bureau_project_self_evaluation_table_2023_r22a)
            "得分 | 90 |\n部门预算项目支出绩效自评表(2023年度)\n"
            "主管部门 | 大英县司法局部门 | 实施单位 | 大英县司法局 |\n年度资金总额 | 3.36 | 3.36 |\n",
            "single_court",
            ["大英县司法局"],
        ),
        (  # one body named with its place, then called 该院: its news (yuanzhou_procuratorate_…_r27a)
            "本报讯 自2020年10月以来,原州区检察院将打击电信网络诈骗犯罪作为工作重点。\n该院受理案件39件169人。\n",
            "single_court",
            ["原州区检察院"],
        ),
        (  # a court naming itself only 我院 stays a fallback, its unit the document's: one key 我院 would join
            # every such court
            "我院受理各类案件3607件。我院审、执结3467件。\n",
            "fallback",
            ["总结"],
        ),
        (  # a numbered list of bodies' names alone, each with its speaker's text below
            # (zhejiang_procurators_meeting_highlights_exchange_2019_r27b); an award's list of names alone is none
            "全省检察长会议召开\n1. 杭州市人民检察院\n陈海鹰\n2019年,杭州市检察院确立了总体思路,回复率均达到100%。\n"
            "2. 绍兴市人民检察院\n翁跃强\n“求极致”。刑事领域坚持办案质效第一,起诉率达到95%。\n",
            "court_lines",
            ["杭州市人民检察院", "绍兴市人民检察院"],
        ),
        (  # a body by its level alone (市检察院) is the one of that level the text names with its place: one body's
            # release, no digest of three (chongqing_procuratorates_public_interest_…_r29c)
            "市检察院党组成员、副检察长梁田介绍相关情况。\n7月11日,重庆市检察院召开新闻发布会,全市共立案9867件。\n"
            "全市检察机关通过办案,督促保护耕地3837亩、林地1809亩,清理河道529公里。\n",
            "single_court",
            ["重庆市检察院"],
        ),
        (  # a province's procuratorates together are the province's procuratorate the text names
            # (hainan_procurators_general_meeting_dingan_2012_r30a: the corpus's rule for collectives)
            "全省检察长会议召开\n省人大常委会副主任陈海波出席会议。\n全省检察机关去年共批捕犯罪嫌疑人8583人。\n"
            "省检察院检察长马勇霞出席。\n",
            "single_court",  # (one officer's body found first: the text is its news, as the truth reads it)
            ["省人大常委会", "省检察院", "省人大常委会"],  # (the organs' clause theirs, the officer's text after)
        ),
        (  # a release a body discloses (据福建省检察院28日披露): its own (fujian_procuratorates_…_r28c)
            "中新网福州7月28日电 (郑江洛)据福建省检察院28日披露,全省检察机关共批准逮捕7063人。\n不捕1421人。\n",
            "single_court",
            ["福建省检察院"],
        ),
        (  # a court whose arrangement the text's court follows directs, it does not speak: the court the text
            # names by its level does (daye_court_drug_sentencing_branch_venue_2022_r28b)
            "按照黄石市中级人民法院统一安排部署,宣判活动在市人民法院举行。\n市法院禁毒办干警上了一课。"
            "今年来,市法院共受理毒品案件52件。\n",
            "single_court",
            ["市法院"],
        ),
        (  # a city's development zone is the court's place (zhenjiang_kaifaqu_…_trad_2009_r27b)
            "2009年,镇江经济开发区法院共受理执行案件1206件,执结1155件。\n",
            "single_court",
            ["镇江经济开发区法院"],
        ),
    ],
)
def test_the_one_body_a_text_speaks_for(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)
    assert st.fallback == (layout == "fallback")


@pytest.mark.parametrize(
    ("a", "b"),
    [("汪清林区基层法院", "汪清林区法院"), ("白河林区基层人民法院", "白河林区法院")],
)
def test_a_forest_court_has_one_key_under_either_name(a, b):
    assert canonical(a) == canonical(b) == a[:2] + "林区人民法院"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (" date 2026-01-13 已現有全台約2200名法官計算，每位法官必須結1913件案件！（圖片摘自網路）", "caption"),
        ("西安市碑林区钟楼航拍夜景 供图 CFP", "caption"),
        ("法官走进社区调解纠纷（资料图片来源：黄山日报）", "caption"),
        ("现场展示被缴获的毒品（陈兵 摄）", "caption"),  # a photographer's credit (shenzhen_drug_day_press_2017_r13e)
        ("李雷霆发布相关信息。华龙网-新重庆客户端记者 李裕锟 摄", "caption"),  # (chongqing_ip_press_…_r14d)
        ("法院召开会议，陈兵摄制了宣传片（共3集）。", None),
        ("法官走进社区，调解纠纷300件。", None),  # a sentence with no picture credit is the report's
        ("图片来源于网络的说法不可信，法院收案300件。", None),  # a credit's words not closing the line
    ],
)
def test_a_photo_caption_that_ends_with_its_pictures_credit_is_furniture(line, reason):
    from explorer.read.furniture import line_reason
    from explorer.read.normalize import normalize

    assert line_reason(normalize(line).clean) == reason


CAPTIONS = (
    "“小法庭”展“大作为” 绘就善治新“枫”景\n"
    '">   歙县人民法院深渡人民法庭法官前往大茂社区网格点,实地查看并化解一起土地纠纷\n'
    '">   祁门县人民法院历口人民法庭法官联合箬坑乡司法所高效调解一起民间借贷纠纷\n'
    '">   徽州区人民法院潜口人民法庭法官前往杨村乡了解涉诉茶企经营状况\n'
    "近年来，我市法院积极开展“枫桥式人民法庭”创建示范活动。\n"
    "对方支付14000元茶叶款后，余款迟迟未付。汪某向祁门县人民法院历口人民法庭寻求法律帮助。\n"
)


def test_photo_captions_that_each_open_with_a_court_name_the_units():
    st = parse_structure(CAPTIONS, fallback_name="总结")
    assert st.layout == "court_lines"
    assert [u.name for u in st.units] == [
        "歙县人民法院深渡人民法庭",
        "祁门县人民法院历口人民法庭",
        "徽州区人民法院潜口人民法庭",
    ]
    story = CAPTIONS.index("对方支付")
    # 深渡 from its caption line; 历口 from the story that names it again; 潜口, after it, with no text of its own
    assert [u.start for u in st.units] == [CAPTIONS.index('">   歙县'), story, len(CAPTIONS)]


@pytest.mark.parametrize(
    "text",
    [
        CAPTIONS.replace('">   徽州区人民法院潜口人民法庭法官前往杨村乡了解涉诉茶企经营状况\n', ""),  # two captions
        CAPTIONS.replace("实地查看并化解一起土地纠纷", "实地查看并化解一起土地纠纷。"),  # a sentence, no caption
    ],
)
def test_fewer_than_three_captions_or_a_sentence_among_them_name_no_units(text):
    assert parse_structure(text, fallback_name="总结").layout != "court_lines"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("时间: | English | 中文版", "navigation"),  # a language switch
        ("文 |  陕西省西安市中级人民法院 赵雷", "editor"),  # an author line with a bar
        ("  通讯员 张梦瑶 ", "editor"),  # a byline with no colon
        ("法治日报记者 赵红旗", "editor"),
        ("□ 刘阳 本报记者 钟伟", "editor"),
        ("浙江法制报 数字报纸", "navigation"),  # an e-paper's name and page
        ("00004版:平安巷", "navigation"),
        ("当前报纸名称:黄山日报", "navigation"),
        ("邮件系统:", "navigation"),  # a site's login box
        ("用户名: 密码:", "navigation"),
        ("2024年05月06日 星期一", "published"),  # a date with its weekday
        ("星期三", "published"),
        ("日期:08-12", "published"),
        ("时间:2020年11月19日 分类:政法论文 次数:", "metadata"),
        ("声明:本文来源于《最高人民法院公报》2024年第4期2023年全国法院司法统计公报。", "source"),
        ("(相关资料图)", "caption"),
        ("![]()", "caption"),  # a picture left as markdown (wujiang_zongzhi_trad_2025_r7a)
        ("列印此页", "share"),  # Hong Kong's 打印 (hk_*_table_*)
        ("列印整份报告", "share"),
        ("最后修订日期： 2019年2月27日", "published"),
        ("![法官调解](https://example.com/a.jpg)", "caption"),
        ("29.12.2017  03:28", "published"),  # day, month, year and time
        ("关注:", "share"),
        ("正文复制", "share"),
        ("诉讼服务热线:12368", "footer"),
        ("深圳特区报", "source"),  # a newspaper's name alone
        ("人民日报/2024 年/3 月/16 日/第 004 版要闻", "source"),
        ("站内搜索", "navigation"),
        ("请输入查询的字符串:", "navigation"),
        ("您现在的位置:东莞市中级人民法院 >> 新闻聚焦 >> 法院动态", "navigation"),
        ("新利平台 > 即时新闻 > 时政", "navigation"),  # a breadcrumb
        ("專題> 海峽西岸經濟區全記錄> 區域合作", "navigation"),
        ("听新闻", "share"),  # a government site's reading aids
        ("官方微博", "share"),  # its accounts' links, alone or in a row (hangzhou_westlake_…_r31d)
        ("微信 | 微博", "share"),
        ("无障碍", "share"),
        ("微信图片_20230213155549.jpg", "caption"),  # a picture's file name, no account
        ("res08_attpic_brief.jpg", "caption"),
        ("有效性: 有效", "metadata"),  # a government page's fields (hangzhou_westlake_…_r31d)
        ("> 区情要闻  > 温州资讯", "navigation"),  # a breadcrumb's rest on its own line (wenzhou_…_r31c)
        ("日期查询:2022年06月24日", "published"),  # an e-paper's date box (shanxi_…_r31b)
        ("配色方案", "share"),  # a site's display tools (wuhan_procuratorate_report_2009_r32c)
        ("字体大小 A A A", "share"),
        ("投稿中心", "navigation"),
        ("关注河南热线", "navigation"),  # a link to follow the outlet (luzhai_…_r32b)
        ("关注民生热点问题", None),  # a heading's words
        ("放大镜", "share"),
        ("下载统计表", "share"),  # a table's download link alone (hk_csd_annual_review_…_r42a)
        ("下载统计表的方法", None),
        ("】 【打 印】", "share"),
        ("时间:2025-07-20 20:07:38 分享:浩渺 下载本文", "share"),
        ("上游新闻·重庆晨报记者 王梓涵", "editor"),
        ("收案 > 结案", None),  # a comparison, no breadcrumb
        ("审判工作情况通报", None),  # 通报 is no newspaper
        ("热线电话接听群众来电300余次", None),
        ("记者们走进法庭", None),  # 记者 in a sentence's words, no name after it
        ("文化建设成效明显", None),
        ("第七届中国法学青年论坛实录(第二单元)", None),
        ("法官在调解纠纷 本报记者吴贻伙 摄", "caption"),  # a photo's caption, its credit after
        # … but a paragraph of sentences that ends with its photo's credit is the report's, figures and all
        # (procuratorates_constitution_day_photo_roundup_spp_2017_r28b)
        ("12月4日,安徽省检察院举行宣誓仪式。该院104名检察官宣誓。本报记者吴贻伙 摄", None),
        # a pager (national_admin_first_instance_cases_…_r36b), not a sentence that cites a page
        ("第 [1] [2] [3] [4] [5] [6] [7] 页 共[8]页", "navigation"),
        ("第 1 页,共 6 页", "navigation"),
        ("上一页 1 2 下一页", "navigation"),
        ("本案卷宗第1页记载", None),
        ("材料共6页。", None),
        ("【 第1页 第2页 第3页 第4页 】", "navigation"),  # a pager's pages in brackets (spp_…_crntt_trad_2015_r51b)
        ("见第1页第2段", None),
        ("2011年12月21日06:45", "published"),  # a date and its time glued (spp_…_sohu_2011_r51b)
        ("沪公网安备 31010402007129号", "navigation"),  # a site's police record number, like its ICP one
        ("技术服务:上海同道信息技术有限公司", "footer"),  # the site's builder (zhabei_…_r51b)
        ("技术支持邮箱 :12345@homolo.com", "footer"),
        ("扫描二维码访问中评社微信", "share"),
        ("文章来源: 番禺招聘网 https://panyu.goodjob.cn,转载请注明。", "source"),  # (panyu_…_r52b)
        ("编辑:更多资讯,欢迎扫描下方二维码关注湖北日报官方微博、微信。", "share"),  # (jianshi_…_r52a)
        ("来源:本院执行局,共执结案件1200件。", None),
        ("字号变大| 字号变小", "share"),  # (jiangsu_police_summer_…_r54b)
        ("PDF «上一版 下一版»本期共8版(1-2-3-4-5-6-7-8)", "navigation"),  # an e-paper's pager (lishui_…_r54a)
    ],
)
def test_page_furniture_lines_with_their_reason(line, reason):
    from explorer.read.furniture import line_reason

    assert line_reason(line) == reason


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("要注重发挥陪审员的作用。(宜良县法院 李翠花)", ["(宜良县法院 李翠花)"]),  # a closing contributor
        ("标题\n  本报讯 天台法院组建了6个调解团队。", ["本报讯"]),  # the paper's, at a paragraph's head
        ("【文汇专讯】最高人民法院院长肖扬发表工作报告。", ["【文汇专讯】"]),  # an agency's tag (folded)
        ("会议强调(市中院 张三 李四)。全院干警参加。", []),  # brackets inside a sentence: the report's
        # a photo caption the next paragraph repeats; a speaker's body alone heading its block is no caption
        # (zhengfa_conference_speeches_trad_mirror_r13e)
        ("标题\n院长吴炎成发表讲话\n会上，院长吴炎成发表讲话。", ["院长吴炎成发表讲话"]),
        ("标题\n黑龙江省委政法委\n黑龙江省委政法委牵头建立平安建设工作协调机制。", []),
        # the page's related links under their heading, to the first sentence (moj_grassroots_…_r24d)
        (
            "来源:司法部\n【相关链接】\n全国律师42.3万,8省(市)超2万 | 司法部发布\n律师8470名,律所467家",
            ["来源:司法部", "【相关链接】", "全国律师42.3万,8省(市)超2万 | 司法部发布", "律师8470名,律所467家"],
        ),
        ("相关阅读\n法院召开会议\n会议要求，全院干警参加。", ["相关阅读", "法院召开会议"]),
        (  # a site's chrome: a breadcrumb with 的, a welcome to the site, a disclaimer link, a forum post's head
            "您当前的位置:长城网>>法制频道>>法制河北\n欢迎来到辽宁长安网\n楼主\n法院召开会议。\n版权及免责声明",
            ["您当前的位置:长城网>>法制频道>>法制河北", "欢迎来到辽宁长安网", "楼主", "版权及免责声明"],
        ),
        ("欢迎来到这里参加会议的同志们\n法院召开会议。", []),  # a welcome in a speech is no site's
    ],
)
def test_bylines_inside_a_line_are_furniture(text, furniture):
    from explorer.read.furniture import find_furniture

    assert [f.text for f in find_furniture(text)] == furniture


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a district court's feature, then its tribunal opening a paragraph of its own (luohe_yuanhui_…_2023)
            "2023年第一季度新收诉讼案件1389件……看到河南省漯河市源汇区人民法院呈报的一组数据，"
            "“源汇区法院受案数为何不升反降？”\n"
            "在近日赴源汇区法院人民法庭的一次调研中，王晓东找到了答案。\n"
            "“源汇区法院大刘法庭2023年第一季度新收案127件，减少36件。”4月16日，王晓东说。\n",
            ["河南省漯河市源汇区人民法院", "源汇区法院大刘法庭"],
        ),
        (  # another court's tribunal at a paragraph's head is no part of this court
            "海城市人民法院召开会议。\n盖州市人民法院东城人民法庭收案300件。\n海城市人民法院结案。\n",
            ["海城市人民法院"],
        ),
        (  # the tribunal named inside a paragraph, not at its head: one unit
            "海城市人民法院召开会议。\n会上，海城市人民法院东城人民法庭收案300件。\n海城市人民法院结案。\n",
            ["海城市人民法院"],
        ),
    ],
)
def test_a_courts_tribunal_that_opens_a_paragraph_presents_its_own_part(text, names):
    from explorer.read.dataset import document_from_text

    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == ("single_court", names)
    (record,) = document_from_text("t", "t", text).records["documents"]
    assert record["confidence"] == ("check" if len(names) > 1 else "high")


def test_a_court_speaking_as_itself_owns_the_figures_before_it_names_itself():
    # an excerpt that opens on 我院's figures and names its court only later, in a document's title
    # (wuhan_maritime_caseload_2022_mirror_r13d): the figures are the court's, not no unit's
    from explorer.read.dataset import document_from_text

    text = "2022年,我院新收案件1674件,同比下降11%。\n制订《武汉海事法院关于服务自贸区建设的意见》等文件。\n"
    doc = document_from_text("示例", "test:self", text)
    figures = [(m["raw"], m["unit"]) for m in doc.records["metrics"]]
    assert figures == [("1674件", "武汉海事法院"), ("11%", "武汉海事法院")]


@pytest.mark.parametrize(
    ("text", "name", "called"),
    [
        # a court the text also calls by its level alone answers to that name (fujian_courts_ecology_…_r45a)
        ("福建省高级人民法院召开会议。\n会上,省高院院长讲话,全省法院审结案件120件。\n", "福建省高级人民法院", "省高院"),
        ("商城法院召开座谈会。\n县法院院长介绍,受理案件300件。\n", "商城法院", "县法院"),
    ],
)
def test_a_court_answers_to_its_levels_name_as_the_text_calls_it(text, name, called):
    (unit,) = [u for u in parse_structure(text, fallback_name="总结").units if u.name == name]
    assert called in unit.aliases
