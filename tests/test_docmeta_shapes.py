"""A report's date where the page's own shape hides it (issue 22), worked out by hand from each text."""

import pytest

from explorer.read.docmeta import read_metadata
from explorer.read.furniture import find_furniture
from explorer.read.normalize import normalize


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        (  # a site's today-date above the text, the text's own date labelled 时间: (youth_forum_…_2012)
            "邮件系统:\n用户名: 密码:\n2024年05月06日 星期一\n第七届中国法学青年论坛实录\n"
            "时间:2012-12-28   来源:\n正文。",
            "2012-12-28",
            2012,
        ),
        ("2024年05月06日 星期一\n论坛实录\n正文。", "2024年05月06日", 2024),  # no labelled date: the first
        (  # the year an anniversary this year gives (xiangcheng_party_pinyin_trad): 1921 + 97
            "臺海網7月14日訊 據東南網報道，今年，是中國共產黨成立97周年，也是法院建院65周年。",
            "7月14日",
            2018,
        ),
        ("7月1日，今年是新中国成立75周年。", "7月1日", 2024),  # 1949 + 75
        (  # a day whose sentence compares with last year's figures (spc_halfyear_data_2018_repost_r13e): the next
            "8月1日,最高人民法院发布的数据显示,与2017年上半年相比,全国法院新收案件增加70.6万件。",
            "8月1日",
            2018,
        ),
        ("8月1日,法院发布2017年工作情况。", "8月1日", 2017),  # a year said as the subject: that year
        (  # a day whose year the text's own timeline gives, a month of it before (tongjiang_execution_battle_news_r9n)
            "5月9日8时许,通江法院执行大会战正式开始。\n通江法院于2017年4月出台工作方案。",
            "5月9日",
            2017,
        ),
        ("5月9日,行动开始。\n工作将于2017年8月完成。", "5月9日", None),  # a month after the day: a plan, no year
        (  # a work report's subtitle gives the day it was given, over the page's edit date (shishou_court_report_2024)
            "石首市人民法院工作报告\n来源:石首市人大 , 编辑日期:2025年1月5日\n"
            "——2024年12月28日在石首市第十届人民代表大会第四次会议上\n各位代表:",
            "2024年12月28日",
            2024,
        ),
        ("报告\n——2021年1228日在来安县第十八届人民代表大会", "2021年1228日", 2021),  # its 月 dropped
        ("报告\n——2010114日在武汉市人民代表大会", "2010114日", 2010),  # 年 and 月 dropped: January 14th
        (  # a mirror's day-first stamp gives the year of the text's own day (anqing_police_hurricane_one_…)
            "02.10.2017  14:33\n9月29日,安庆市公安局召开新闻发布会。",
            "9月29日",
            2017,
        ),
        ("【今日发布】2020年数据\n28.01.2021  14:33\n2020年,全省检察机关…", "28.01.2021", 2021),  # no other
        ("106年度決算評估報告 日期:107年11月 報告名稱:…", "107年11月", 2018),  # the Republic's years: 1911 +
        (  # a forum's widget date beside the poster (suizhou_courts_trial_management_meeting_awards_forum)
            "特约记者 TA的每日心情 | 开心 2017-8-3 08:11 |\n讯:3月15日,会议总结了2017年两级法院工作。",
            "3月15日",
            2018,
        ),
        (  # early in a year, the past year named so, then the year it was (huarong_county_court_2010_…)
            "2月19日,县委经济工作会议召开。会上县委肯定了过去的一年法院的成绩。\n2010年, 是法院收结案最多的一年。",
            "2月19日",
            2011,
        ),
        ("7月1日，法院纪念建党97周年。", "7月1日", None),  # an anniversary not said to be this year's
        (  # no date but the periodical issue the text was taken from (spc_statistics_table_2023)
            "收案 | 结案 | 未结 | |\n合计 | 1749823 | 1763199 | 106845 |\n"
            "声明:本文来源于《最高人民法院公报》2024年第4期2023年全国法院司法统计公报。",
            "2024年第4期",
            2024,
        ),
        (  # a judiciary's page dated only by its last revision, at its end (hk_magistrates_caseload_table_2009)
            "裁判法院\n-刑事案件45 14945 087\n最後修订日期: 2010年3月4日",
            "2010年3月4日",
            2010,
        ),
        (  # a work report on 2023, given on 1月24日: the next year (zanhuang_report_2023)
            "赞皇县人民法院2023年度工作报告\n1月24日,赞皇县人民法院院长张大为向赞皇县第十七届人民代表大会第五次会议报告法院工作。",
            "1月24日",
            2024,
        ),
        # a day whose sentence names a past period's report: the year after it (chongqing_ip_press_courts_police_
        # 2019_r14d, national_ip_counterfeit_press_2023_r16a, maritime_trials_report_2022_2024_trad_r13d)
        ("4月26日讯,从今日举行的2018年重庆市知识产权保护状况新闻发布会上了解到,法院受理案件10435件。", "4月26日", 2019),
        ("新华社北京4月26日电 记者从《中国打击侵权假冒工作年度报告(2022)》新闻发布会上了解到。", "4月26日", 2023),
        ("12月18日,记者获悉,2022年至2024年,全国海事法院受理案件98726件。", "12月18日", 2025),
        ("4月26日,2018年知识产权宣传周启动。", "4月26日", 2018),  # a year's event, no report on a past year
        ("法院召开会议\n1月24日,法院召开会议。", "1月24日", None),  # no year anywhere: none guessed
    ],
)
def test_the_reports_date_and_year(text, date, year):
    clean = normalize(text).clean
    meta = read_metadata(clean, find_furniture(clean))
    assert (meta.date, meta.year) == (date, year)
