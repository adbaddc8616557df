"""Bodies that are no courts, and courts named beside them, as fresh development documents showed them (issue 22,
round 35), worked out by hand and read through the whole pipeline: who presents, and which unit each figure is
under."""

import pytest

from explorer.read.dataset import document_from_text


@pytest.mark.parametrize(
    ("text", "units", "figures"),
    [
        (  # one bureau's news turning to its branch bureaus, each a sentence of its own; the bureau's again after
            # (chongqing_police_hurricane_sweep_branch_bureaus_chinese_numerals_digest_r35b)
            "重庆市公安局副局长文强说,行动打击的重点是逃犯。\n"
            "据警方介绍,此次行动抓获黑恶分子五十八名。巴南区公安分局将犯罪集团成员八人一举擒获。"
            "沙坪坝区公安分局将黑恶势力分子六人抓获。\n警方说,此次行动共破获毒品犯罪案件一百三十七起。\n",
            ["重庆市公安局", "巴南区公安分局", "沙坪坝区公安分局", "重庆市公安局"],
            {"五十八名": "重庆市公安局", "八人": "巴南区公安分局", "六人": "沙坪坝区公安分局",
             "一百三十七起": "重庆市公安局"},
        ),
        (  # the text's own procuratorate listed as 我院 is the one it names whole (taicang_procuratorate_…_r57b)
            "太仓市人民检察院与公安、法院、市监局联合召开新闻发布会\n"
            "发布会上,市场监督管理局局长周建平、市法院民三庭庭长林森、我院副检察长李兆民、市公安局副局长包顶益先后"
            "介绍了各单位的做法与成效。\n编辑:太仓市人民检察院\n",
            ["市场监督管理局", "市法院", "太仓市人民检察院", "市公安局"],
            {},
        ),
        (  # a roundup's bureaus opening clauses after semicolons, with a case broken or a count of their own
            # (weinan_police_qinjian_huashan_one_crackdown_county_bureaus_digest_2018_r57a)
            "行动中,华州区公安局成功侦破了特大系列迷信诈骗案;潼关县公安局成功侦破一串电信诈骗案;澄城县公安局成功"
            "破获了系列盗窃电动车案20起;白水县公安局向受害群众返还追缴赃款17万元。\n",
            ["华州区公安局", "潼关县公安局", "澄城县公安局", "白水县公安局"],
            {"20起": "澄城县公安局", "17万元": "白水县公安局"},
        ),
        (  # a county government and the township offices it honours, a list sharing the word 公所, the county's
            # figures its own (yilan_county_meeting_mediation_offices_trad_2023_r24c)
            "宜蘭縣政府於26日上午擴大縣務會議,公開表揚績優公所,頒發前四名獎狀予宜蘭市、礁溪鄉、羅東鎮及頭城鎮公所。\n"
            "各鄉鎮市受理調解件數有1,593件,成立率達84%。\n",
            ["宜兰县政府", "宜兰市公所", "礁溪乡公所", "罗东镇公所", "头城镇公所"],
            {"1,593件": "宜兰县政府", "84%": "宜兰县政府"},
        ),
        (  # Taiwan's cities compared, their police named by place alone, a place named again in a list of
            # their growth (taiwan_six_municipalities_police_fraud_clearance_rates_ranking_ltn_trad_2024_r49a)
            "警政署統計,去年詐欺案破案率,台南六都墊底。\n"
            "去年台北詐欺案件數為4026,破案率為113.26%,高雄的案發件數為2533件,破案率有113.46%。\n"
            "第3名桃園市,去年案發件數1946件,破案率是112.49%。\n成長率台北則是−13.38%、桃園54.57%。\n",
            ["台北", "高雄", "桃园市"],
            {"113.26%": "台北", "2533件": "高雄", "1946件": "桃园市", "54.57%": "桃园市"},
        ),
        (  # a body named whole once, then by its kind alone (macau_procuratorate_work_report_2017_…_r53b)
            "《检察院工作报告》\n法治原则是澳门特别行政区检察院独立行使检察权的基石。\n"
            "检察院全体工作人员共同努力。\n2017年,检察院刑事案件立案14,358宗。\n",
            ["澳门特别行政区检察院"],
            {"14,358宗": "澳门特别行政区检察院"},
        ),
        (  # Hong Kong's police as its papers call them (hong_kong_police_2017_…_r53b): the force, 警方 an alias
            "本港去年整体罪案共54225宗,较前年下跌。\n警方表示,去年共有806宗爆窃案。警方会继续打击罪案。\n",
            ["警务处"],
            {"54225宗": "警务处", "806宗": "警务处"},
        ),
        (  # a bulletin's figures credited to a bureau (xuzhou_police_110_…_r53a)
            "110宣传日\n1月10日是宣传日。据市公安局相关数据统计,全年共接报警280余万起。\n",
            ["市公安局"],
            {"280余万起": "市公安局"},
        ),
        (  # a province's courts' figures at a meeting held in a city's court: the court the attendee list names
            # by its level speaks for them, not the building's (gansu_jiayuguan_…_attendee_lists_r35a)
            "全省集中打击拒执犯罪专项行动现场会在嘉峪关市中级人民法院召开,省委政法委及省法院、检察院负责人参加会议。"
            "\n去年以来,全省各级法院移送涉嫌拒执罪案件222件。\n",
            ["省法院"],
            {"222件": "省法院"},
        ),
        (  # speakers whose court's posts a 、 parts from their names (党组成员、副院长张劲松): each court presents
            # (guanxian_huqi_liangjian_crackdown_press_three_speakers_r35a)
            "会上,冠县人民法院党组成员、副院长张劲松、冠县人民检察院党组副书记、副检察长姚之阁先后介绍了情况。\n",
            ["冠县人民法院", "冠县人民检察院"],
            {},
        ),
        (  # stations heading their items by their own names, their branches given where the reporter arrives
            # (yichang_five_police_stations_reporters_day_qiaohu_dongshan_sanxia_digest_r68a)
            "本报记者兵分2路,前往高新公安分局东山派出所,平湖公安分局樵湖派出所。\n"
            "樵湖派出所:有一丝希望就不放弃\n上午8点半,记者来到平湖公安分局樵湖派出所时,民警已连续上班24小时。\n"
            "东山派出所:22个电话成功调解一起纠纷\n东山派出所民警接到报警电话22个。\n",
            ["平湖公安分局樵湖派出所", "高新公安分局东山派出所"],
            {"24小时": "平湖公安分局樵湖派出所", "22个": "高新公安分局东山派出所"},
        ),
        (  # the one court a text speaking as 全院 names, its president visiting two others: its figures from the
            # first line (handan_courts_execution_drive_day_presidents_command_short_news_r42b)
            "日前,邯郸市法院系统共出动警力1496人次。\n邯郸市中级人民法院院长戴景月说,要硬碰硬。"
            "戴景月院长还赶到邯山区、经开区法院现场督导。全院各部门协调联动。\n",
            ["邯郸市中级人民法院"],
            {"1496人次": "邯郸市中级人民法院"},
        ),
        (  # a press conference's invited officers, two bodies joined by 和 (guangzhou_government_press_…_r69a)
            "8月14日,市政府新闻发布会举行。会议邀请广州司法局政法部主任李沃生和广州市法制办党组成员、副主任刘庆国"
            "发布2017年工作总结。\n广州司法局:全市共有719家律师事务所。\n",
            ["广州司法局", "广州市法制办"],
            {},
        ),
        (  # the body its opening says announces the news, read last (taiwan_supreme_prosecutors_office_…_r64a)
            "〔记者张三/综合报导〕选举倒数两周,最高检察署昨指出,全国检察机关受理选举案件2957件。\n"
            "检察总长表示,查察没有底线。\n",
            ["最高检察署"],
            {"2957件": "最高检察署"},
        ),
        (  # a county its opening says holds the meeting (xushui_county_public_arrest_…_2007_r69a)
            "日前,徐水县召开公捕公判大会,对43名犯罪分子进行公开宣判。全县共破获刑事案件1435起。\n",
            ["徐水县"],
            {"43名": "徐水县", "1435起": "徐水县"},
        ),
        (  # a bureau its officer heads named by its level, placed by his other post (guangzhou_dongguan_…_r61a)
            "【本报综合报道】广州市副市长、市公安局局长谢晓丹上周五表示,查处涉黄案件1392宗。\n",
            ["广州市公安局"],
            {"1392宗": "广州市公安局"},
        ),
        (  # a county's public-security briefing: its government, then each department where it reports
            # (kinmen_county_public_security_briefing_…_2021_r60a)
            "秘书长主持金门县政府第2次「治安会报」,也依序听取县警局、财政处及少年辅导委员会工作报告。\n"
            "县警局在1-2月治安工作报告指出,本期全般刑案发生数141件。\n",
            ["金门县政府", "财政处", "少年辅导委员会", "金门县政府警察局"],  # (县警局: the county's, by its name)
            {"141件": "金门县政府警察局"},
        ),
        (  # a body opening its paragraph after a time's lead holds the paragraph (其中: its sentence only, as
            # _clause_bodies shows) (beijing_justice_bureau_legal_aid_law_three_years_aid_centre_trad_mirror_2025_r70a)
            "北京市司法局召开发布会。北京市共受理法律援助案件9.9万件。\n"
            "三年来,北京市法律援助中心累计提供法律援助3896件。累计办理民生重点案件3256件。\n",
            ["北京市司法局", "北京市法律援助中心"],
            {"9.9万件": "北京市司法局", "3896件": "北京市法律援助中心", "3256件": "北京市法律援助中心"},
        ),
        (  # a Taiwan city's police under its government's name, its branches each opening a paragraph
            # (new_taipei_police_election_eve_sweep_shulin_banqiao_branches_ctwant_trad_digest_2024_r71a)
            "新北市政府警察局12日晚间执行扩大临检,共查获109名不法分子。\n"
            "而此次扫荡成果丰硕,树林警分局设置路检点,共计查获诈欺案1件3人。\n"
            "板桥警分局则采取闭锁式扩大临检,动员64名警力。\n"
            "新北市政府警察局表示,总计查获毒品14件16人。\n",
            ["新北市政府警察局", "树林警分局", "板桥警分局", "新北市政府警察局"],
            {"109名": "新北市政府警察局", "3人": "树林警分局", "64名": "板桥警分局", "16人": "新北市政府警察局"},
        ),
        (  # a bureau leading the first line and named again, a branch's checkpoint opening a clause after a doubled
            # comma (xian_police_national_day_holiday_checkpoint_aviation_brigade_pinyin_trad_mirror_2017_r74a)
            "央广网西安10月8日消息 长假期间，，西安市公安局保证每日12000名民警在岗。\n"
            "期间，西安市公安局每天出动巡逻力量7100余人。\n"
            "10月6日，，雁塔分局长安路治安检查站抓获嫌疑人3人。\n",
            ["西安市公安局", "雁塔分局"],
            {"12000名": "西安市公安局", "7100余人": "西安市公安局", "3人": "雁塔分局"},
        ),
    ],
)  # fmt: skip
def test_units_and_the_figures_under_them(text, units, figures):
    doc = document_from_text("t", "t", text)
    assert [u["name"] for u in doc.records["units"]] == units
    got = {m["raw"]: m["unit"] for m in doc.records["metrics"]}
    assert {raw: got.get(raw) for raw in figures} == figures


COUNTIES = "利辛县筹建成立县矛盾调解中心,纳入大调解。涡阳县大力加强调解员队伍建设。蒙城县充分发挥五老乡贤作用。"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place and what it does, up to a word ending like a body's name (中心, 乡): no body's name
        (COUNTIES, "利辛县筹建"),
        ("蒙城县充分发挥五老乡贤作用,成立乡贤理事会。\n蒙城县共调解纠纷120件。", "蒙城县充分"),
    ],
)  # fmt: skip
def test_no_unit_is_named_from_a_sentences_words(text, absent):
    doc = document_from_text("t", "t", text)
    assert not [u["name"] for u in doc.records["units"] if absent in u["name"]]
