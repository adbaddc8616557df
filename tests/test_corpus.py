"""The real corpus (data/library/): every document read against the truth a person wrote for it.

Units under their canonical names in order, initiatives where the truth counts them, every truth figure
(value, measure, qualifier) under the right unit with a usable label, no furniture inside a unit,
initiative or figure, and the layout reported.
"""

import json
import re
from functools import cache

import pytest
from corpus_truth import clean, closest, figure_unit, keys, label_year, matches, unit_of, usable

from explorer.read import library
from explorer.read.courts import canonical
from explorer.read.dataset import document_from_text
from explorer.read.furniture import blank
from explorer.read.layout import LAYOUTS
from explorer.read.resources import LIBRARY_DIR

CORPUS = LIBRARY_DIR
HELD_BACK = library.held_back()
SLUGS = [s for s in library.slugs() if s not in HELD_BACK]  # the held-back quarter: bench/score_corpus.py
# Documents this parser cannot yet read right, with the honest reason (checked strictly: a pass is reported).
XFAIL: dict[str, dict[str, str]] = {
    "changzhi_drug_day_press_2020_r9c": {  # (since the court answers to its level's name, 市中院, in round 59)
        "figures": "the court's criminal division's figures are read under the division (市中院刑一庭), but the "
        "division's key is its court's (市中级人民法院), which the court (长治中院, called 市中院 too) answers to "
        "first: the check looks under the court",
    },
    # Round 89 (issue 22): fresh development speech compilations, report meetings and digests (_r105a), scored at
    # the session's start and on arrival, before any change for them (units 7 of 22 at both; right unit 22 of 41)
    "feicheng_township_order_centres_three_highs_experience_compilation_undated_r105a": {
        "units": "a piece headed by its place alone (山东肥城:) is not read as the city's unit; its office is read",
        "initiatives": "no unit under the city's name holds its initiatives",
    },
    "national_model_courts_three_representatives_people_net_interview_fengnan_yanping_changning_2011_r105a": {
        "units": "of the three courts' representatives listed with court, post and name, only the first is read",
        "initiatives": "the first representative's answers are read as initiatives",
        "figures": "the other courts' figures stand under the first",
        "furniture": "the interview's title line repeated above the text is not listed",
        "layout": "read as single_court",
    },
    "national_saohei_office_ministry_procuratorates_first_year_figures_pinyin_trad_digest_2019_r105a": {
        "units": "the national anti-gang office (全国扫黑办), reporting first, is not read as a unit",
        "figures": "a count of provinces (21省份) is not read: 省份 is no measure",
        "furniture": "the story's end mark ((完)) is not listed",
    },
    "ningxia_legal_models_report_tour_five_speakers_presenter_list_pinyin_trad_2022_r105a": {
        "units": "the region's political-legal committee, giving the tour's figures, is not read as a unit",
        "figures": "the committee's figures stand under the last speaker's body",
        "layout": "read as presenter_list with no committee",
    },
    "shanxi_justice_department_mediation_experience_spread_editor_note_sxfzb_2023_r105a": {
        "units": "the department whose editor's note gives the figures is not read; bodies it names are",
        "initiatives": "no unit under the department's name holds its initiatives",
        "figures": "a count then 起 (12万件起: from 120,000 up) is read exact",
        "furniture": "the page's heading (第二-三版：司法行政) is not listed",
    },
    "xinhua_saohei_first_weeks_provincial_police_cases_dashed_digest_pinyin_trad_mirror_2018_r105a": {
        "units": "the provinces' police, each on a dashed line named by its province alone (——河南:), are not read",
        "figures": "their figures stand under the nation's organs together",
        "furniture": "a slogan line the mirror adds (喜迎二十大 …) is not listed",
    },
    "yuxi_legal_models_deeds_report_meeting_honourees_presenter_list_pinyin_trad_2021_r105a": {
        "units": "the honoured people's bodies listed in turn are not read; the host's committee is",
        "figures": "the meeting's counts stand under the host's committee",
        "layout": "read as single_court",
    },
    "zhuji_fengqiao_town_comprehensive_order_centre_exchange_speech_compilation_2024_r105a": {
        "units": "the town's office and centre are read apart (镇综治办, 综治工作中心), neither under the town's name",
        "initiatives": "no unit under the centre's whole name holds its initiatives",
        "figures": "the centre's figures stand under its name as written, unplaced",
    },
    # Round 88 (issue 22): fresh development press conferences where several bodies give figures in turn, most on
    # the protection of intellectual property (_r104a), scored at the session's start and on arrival, before any
    # change for them (units 14 of 29 at both; right unit 82 and 83 of 162)
    "gansu_ip_counterfeit_campaign_press_commerce_police_procuratorate_lanzhou_chenbao_cntv_2011_r104a": {
        "units": "the province's bodies by their level (省商务厅, 省检察院) are not placed: the text names its "
        "province only as 我省",
        "initiatives": "no unit under the department's placed name holds its initiatives",
        "figures": "the department's figures stand under its unplaced name",
        "furniture": "the paper's dateline and byline (《兰州晨报》2011428电 本报讯（…）) are not listed",
    },
    "guangxi_ip_protection_press_high_court_nanning_customs_bbrtv_2023_r104a": {
        "initiatives": "the speaker's post and the customs' turn (海关方面) are read as initiatives",
        "figures": "the high court's figures after the customs' turn stand under the customs",
        "layout": "read as court_lines",
    },
    "guizhou_ip_white_paper_2017_press_enforcement_police_procuratorates_courts_cri_2018_r104a": {
        "units": "the enforcement bodies and the IP system together (全省行政执法机关, 知识产权系统) are not read as "
        "units",
        "figures": "the province's totals before the bodies' clauses stand under the courts",
        "furniture": "a share widget's word (分享) is not listed",
    },
    "hainan_courts_ip_protection_press_high_court_ftp_ip_court_kiseki_mirror_2021_r104a": {
        "units": "the free trade port's IP court, its vice-president speaking second, is not read as a unit",
        "initiatives": "the story's sentences are read as initiatives",
        "figures": "the IP court's figures stand under the high court",
        "furniture": "a lone page number (11) is not listed",
        "layout": "read as single_court",
    },
    "heilongjiang_ip_protection_2020_press_ip_office_courts_harbin_customs_police_zgjrw_2021_r104a": {
        "units": "the province's courts together (全省法院) are not read as a unit, and its police together are read "
        "unplaced (公安机关)",
        "initiatives": "the office's sentences are read as initiatives",
        "figures": "the courts' figures stand under the IP office",
        "furniture": "the site's tag line (精彩推送) is not listed",
    },
    "inner_mongolia_ip_counterfeit_press_market_forestry_police_customs_clauses_pinyin_trad_mirror_2020_r104a": {
        "units": "the region's government (政府新闻办公室, the host) is read as a unit and its procuratorates and "
        "courts together unplaced (检察机关, 审判机关)",
        "figures": "the enforcement bodies' totals stand under the government",
    },
    "national_wildlife_trade_crackdown_press_forestry_police_market_regulation_qa_pinyin_trad_mirror_2020_r104a": {
        "units": "the forestry administration and the market regulator, answering by heading lines, are not read as "
        "units; the ministry's bureau is read beside the ministry",
        "initiatives": "no unit is read to hold the forestry administration's initiatives",
        "figures": "the other bodies' figures stand under the ministry",
    },
    "shanxi_ip_day_press_high_court_procuratorate_police_people_big5_trad_2024_r104a": {
        "initiatives": "a time phrase (2023年以来) is read as an initiative",
        "furniture": "the channel's breadcrumb (人民网>>山西频道>>本网关注) is not listed",
    },
    # Round 87 (issue 22): fresh development work reports, a yearbook entry, conference news, a digest of court
    # clauses, a spokespersons' write-up and a spam mirror (_r102a) and short news, features, digests, a work
    # summary and a spam mirror (_r103a), scored at the session's start and on arrival, before any change for them
    # (units 16 of 35 at both; right unit 151 of 179 at both)
    "daming_county_court_five_year_report_passed_unanimously_short_news_gqsoso_2021_r102a": {
        "initiatives": "the story's narrative sentences (…工作报告获全票通过, 一直以来) are read as initiatives",
    },
    "guizhou_procuratorate_ecology_campaign_press_injected_words_link_spam_mirror_ifchj_2015_r102a": {
        "units": "a place the spam site injects before the name (贵州贵州省人民检察院) is read into the unit's name, "
        "and the province's procuratorates together (全省检察机关) as units of their own",
        "initiatives": "no unit under the procuratorate's name holds its initiatives",
        "figures": "the procuratorate's figures stand under the injected name",
        "furniture": "the link farm's line (>友情链接：…) is not listed",
        "layout": "read as presenter_list",
    },
    "haikou_xiuying_district_court_civil_commercial_trials_yearbook_entry_sznianjian_2019_r102a": {
        "initiatives": "the entry's points (一是…四是) are read as initiatives where the truth counts none",
    },
    "hainan_high_court_work_report_2016_footnote_digits_after_counts_hicourt_2017_r102a": {
        "initiatives": "the report's section heading (充分履行审判职责…) is read as an initiative",
        "figures": "a multiple of an earlier year (为2007年的4.21倍) has no usable label",
    },
    "harbin_anti_gang_hundred_day_battle_press_police_results_hk_commercial_daily_trad_2019_r102a": {
        "units": "the speaker's first post (刑偵支隊支隊長、市公安局掃黑辦主任) names the unit, not the city's police "
        "whose results he gives (哈爾濱市公安機關…)",
        "initiatives": "no unit under the city police's name holds its initiatives",
        "figures": "the city police's figures stand under its detachment",
    },
    "heihe_intermediate_court_rural_credit_execution_backlog_drive_county_courts_clauses_digest_r102a": {
        "initiatives": "the text's points (加强组织领导, 强化工作措施) are read as initiatives",
    },
    "jiangsu_wage_arrears_joint_briefing_hrss_high_court_procuratorate_police_mohrss_2020_r102a": {
        "units": "the court, procuratorate and police holding the briefing with the department (联合召开…) are not "
        "read as units",
        "initiatives": "the department's initiatives are not counted where the truth counts them",
        "figures": "the department's figures stand under its short name (江苏省人社厅) before the bodies it hosts with",
    },
    "spc_spp_spokespersons_two_reports_explained_cnr_studio_51haodu_2017_r102a": {
        "units": "the procuratorate's guest, named with the court's in one line, is not read as a unit",
        "initiatives": "the guest's sentences broken across lines are read as initiatives",
        "furniture": "a photo's caption (最高人民法院办公厅副主任陈志远 / 郁雨铖摄) is not listed",
        "layout": "read as single_court",
    },
    "anyi_county_court_profile_injected_junk_strings_spam_mirror_zwzzw_r103a": {
        "furniture": "the junk strings injected at paragraphs' ends (V2-70k1-3qv9!6b) are not listed",
    },
    "banan_maliuzui_justice_office_door_to_door_legal_publicity_short_news_xsqgt_r103a": {
        "initiatives": "a purpose clause (为实现法治政府建设深入民心) is read as an initiative",
        "furniture": "the credit line closed by a bar (通讯员 陈修玲 杨 邱 |) is not listed",
    },
    "dangshan_county_justice_bureau_2021_first_half_work_summary_legal_aid_mediation_r103a": {
        "units": "the bureau, never named in the excerpt (its site's), is not read: fallback",
        "initiatives": "no unit is read to hold the bureau's initiatives",
        "layout": "read as fallback",
    },
    "gaolan_shichuan_police_station_pear_orchard_winter_policing_feature_gscn_2025_r103a": {
        "initiatives": "the feature's subheadings and narrative sentences are read as initiatives",
        "furniture": "the original title's line (原标题：…) is not listed",
    },
    "huayuan_shibadong_police_station_summer_campaign_door_visits_short_news_tuanjiebao_2023_r103a": {
        "initiatives": "the story's sentences (8月15日, “龙大哥…) are read as initiatives",
    },
    "huludao_traffic_police_branch_old_boys_veteran_officers_feature_short_lines_ditao_r103a": {
        "furniture": "the account's closing heading (近日要览) is not listed",
        "layout": "read as court_lines: the honours box's lines",
    },
    "jian_city_courts_mediation_brand_press_release_jishui_jizhou_digest_trad_xinmatch_2025_r103a": {
        "units": "the city's courts together (吉安全市法院), the intermediate court never named, are not read as a "
        "unit",
        "initiatives": "no unit is read to hold the intermediate court's initiatives",
        "furniture": "the source line of spaced bars (來源: … | 日期: … | 制作: …) is not listed",
    },
    "xinjiang_courts_peoples_tribunals_year_review_shule_yining_kuitun_digest_trad_brightbay_2022_r103a": {
        "units": "the region's courts together (全區法院, 我區法院) and the tribunals named with their brands but no "
        "figure are not read as units",
        "initiatives": "a tribunal's clause is read as an initiative",
    },
    # Round 86 (issue 22): fresh development conference news where several bodies give figures (_r100a) and short
    # news, features, a bulletin and a spam mirror (_r101a), scored at the session's start and on arrival, before any
    # change for them (units 8 of 15 at both; right unit 43 of 80 at both)
    "dengzhou_procuratorate_liaison_stations_villages_spam_mirror_trad_2007_r101a": {
        "units": "the procuratorate, never named (我市, 聯絡站), is not read: fallback",
        "initiatives": "no unit is read to hold the procuratorate's initiatives",
        "furniture": "the site's tag (邓州网讯) is not listed",
        "layout": "read as fallback",
    },
    "heilongjiang_political_legal_organs_practical_deeds_press_court_procuratorate_police_justice_hljrb_2021_r100a": {
        "units": "the committee whose spokesman opens the conference is read as the province's organs together "
        "(全省政法机关), and the press office as a unit",
        "initiatives": "the committee's initiatives are read under the organs together",
        "figures": "the committee's figures (18项) stand under the organs together",
        "furniture": "the paper's credit (本报25日讯（黑龙江日报全媒体记者薛立伟）) is not listed",
    },
    "heilongjiang_procuratorates_2020_business_data_epidemic_spaced_bulletin_baogaosu_2021_r101a": {
        "units": "the court the procuratorates share their data with (与省法院共同…) is read as a unit",
        "figures": "the procuratorates' figures after that sentence stand under the court",
        "furniture": "a date line written day-first (28.01.2021  14:33) is listed; the outlet's tag (【今日发布】) "
        "is not",
    },
    "maduo_county_court_sister_lakes_mediation_room_feature_chinanews_slrbs_2024_r101a": {
        "initiatives": "the feature's narrative sentences are read as initiatives",
        "figures": "an altitude (4500米以上) is not read: 米 is no measure",
    },
    "ningde_jiaocheng_qidu_police_station_year_short_news_ndnews_2026_r101a": {
        "units": "the station, named only by its short name (七都派出所) in a text with no title, is not read: "
        "fallback",
        "initiatives": "no unit is read to hold the station's initiatives",
        "furniture": "a closing byline after □ (□陈菱舟 蕉城公安) is not listed",
        "layout": "read as fallback",
    },
    "wuhan_police_pyramid_selling_site_meeting_huangpi_district_counts_city_fall_shifen_repost_2018_r100a": {
        "units": "the district named by place alone (黄陂全区) is not read",
        "initiatives": "a date and leads (22日, 今年8月份以来) are read as initiatives",
        "figures": "the district's counts (28次…) stand under the city's police",
    },
    "xifeng_county_procuratorate_ethnic_villages_public_interest_short_news_fzshb_2023_r101a": {
        "units": "a partner's words (和当地政府) are read as a unit beside the procuratorate",
        "initiatives": "a sentence of the officers' visits is read as an initiative",
    },
    "zhuzhou_police_hundred_day_battle_stolen_motorbike_ebike_return_rally_shifeng_branch_public_order_detachment_haomeiwen_r100a": {  # noqa: E501
        "units": "the branch whose brigade head speaks (石峰分局) is not read; the host branch presiding "
        "(天元公安分局) is",
        "initiatives": "the branch's initiatives are read under the host branch",
        "figures": "the branch's figures (48起) stand under the host branch",
        "furniture": "a caption glued to its paragraph (天元公安分局副局长邹军主持) is not listed",
    },
    # Round 85 (issue 22): a person's age is no figure (the library's rule), unless the words before it make it a
    # group's statistic (平均年龄超过65岁); this truth keeps its mediator's age
    "changzhou_mediation_cases_2006": {
        "figures": "the mediator's age (夏戈奶奶今年已是78岁的高龄) is not read: one person's age, no figure",
    },
    # Round 85 (issue 22): fresh development conference news and field meetings (_r98a) and digests, short news,
    # features and work reports (_r99a), scored at the session's start and on arrival, before any change for them
    # (units 11 of 24 at both; right unit 83 of 120 at both)
    "dinghai_district_police_fengqiao_station_push_field_meeting_zhoushan_dhnews_2020_r98a": {
        "units": "the station (城东派出所) and its district branch, named in the field meeting's lead, are not read: "
        "fallback",
        "initiatives": "no unit is read to hold the station's initiatives",
        "figures": "the station's falls (52.3%) stand under no unit: fallback",
        "layout": "read as fallback",
    },
    "fujian_police_stations_national_xiamen_conference_fuzhou_patrols_longyan_fznews_2007_r98a": {
        "units": "the province's police (我省公安机关) are not read, and the national conference's stations "
        "(全国派出所) are read as a unit",
        "initiatives": "the province's section is read under the national stations",
        "figures": "the province's share (86.2%) stands under the national stations",
        "furniture": "the page's location line (您当前所在的位置…) is not listed",
    },
    "guangxi_procuratorates_spp_report_highlights_read_report_see_guangxi_wuzhou_liubao_tea_digest_2025_r99a": {
        "units": "the region's procuratorates and the cities' (梧州…) in the 【看广西】 blocks are not read: fallback",
        "initiatives": "no unit is read to hold 梧州's initiatives",
        "figures": "the region's figures stand under no unit: fallback",
        "layout": "read as fallback",
    },
    "hubei_police_hundred_day_battle_wuhan_yichang_cases_digest_chutian_baogaosu_2014_r99a": {
        "initiatives": "the lead's credit and clauses (为深入推进平安湖北建设, 9月21日) are read as initiatives",
        "furniture": "the paper's credit (楚天金报讯 记者周寿江 通讯员龚轩) is not listed",
    },
    "liuzhou_liubei_district_court_intermediate_court_inspection_symposium_chinacourt_2022_r98a": {
        "units": "the intermediate court, visiting and reviewing, is read as a unit beside the district court",
        "initiatives": "a lead (会上) is read as an initiative",
        "furniture": "the outlet's credit (中国法院网讯（兰钰烨）) is not listed",
        "layout": "read as presenter_list",
    },
    "shaoyang_county_drug_control_provincial_inspection_report_meeting_zgsyx_2019_r98a": {
        "units": "the visiting provincial office (省禁毒办) is read as the one unit; the county's committee and police "
        "are not",
        "figures": "the county's figures stand under the provincial office",
    },
    "taonan_wanbao_township_police_station_nine_officers_gang_case_feature_jilin_daily_baogaosu_2014_r99a": {
        "initiatives": "the mode's three parts (村民联防, 警民协防, 区域协作) are read, not the mode (万宝模式)",
        "figures": "a count of pages (近1000页) is not read: 页 is no measure",
        "furniture": "the paper's tag (【吉林日报】) is not listed",
    },
    "wuzhou_xinxing_police_station_top_ten_region_2017_cases_down_short_news_pinyin_trad_mirror_2018_r99a": {
        "initiatives": "a lead (近日) is read as an initiative",
        "furniture": "a lone bar line (|) is not listed",
    },
    "xichang_dongcheng_police_station_night_market_drones_feature_liangshan_daily_peace_site_2025_r99a": {
        "initiatives": "the feature's narrative openings (4月24日晚, 面对夜市经济勃发…) are read as initiatives",
        "figures": "the response targets written as a series (1分钟响应、3分钟到场、5分钟…) are not read each",
    },
    "yifeng_county_court_2023_rule_of_law_county_work_summary_criminal_civil_family_jxfy_2024_r99a": {
        "initiatives": "a heading (主要举措) is read as an initiative",
        "figures": "a number cut off at the text's end (12) is not read",
    },
    "zhoukou_intermediate_court_five_measures_review_meeting_statements_zkpeace_2016_r98a": {
        "initiatives": "the measures are read with their verbs (实行结案目标责任制), and 表态发言 alone",
        "furniture": "the site's share line (分享给朋友) is not listed",
    },
    # Round 84 (issue 22): fresh development press conferences where several bodies give figures (_r96a) and a mix
    # of tables, work reports, Hong Kong, Macau and Taiwan reports and spam mirrors (_r97a), scored at the session's
    # start and on arrival, before any change for them (units 10 → 12 of 36; right unit 128 → 136 of 229)
    "anhui_epidemic_law_press_police_courts_procuratorates_shzx_2020_r96a": {
        "units": "the police department (省公安厅), whose figures open the text without its name, is not read",
    },
    "beijing_epidemic_press_zhengfa_committee_police_courts_xinhua_mirror_2020_r96a": {
        "units": "the committee's spokesman giving the city police's and courts' counts is not read; the city's "
        "police together (北京市公安机关) and a district court are read instead",
        "figures": "the police's figures stand under 北京市公安机关",
        "furniture": "a picture gallery's link (图集) is not listed",
    },
    "hebei_environment_sword_campaign_press_police_environment_procuratorates_courts_baogaosu_2017_r96a": {
        "furniture": "a lone character (故) cut from the page is not listed",
    },
    "henan_epidemic_press_zhengfa_committee_police_procuratorates_courts_cri_2020_r96a": {
        "units": "the police, procuratorates and courts are read as collectives (全省公安机关, 检察系统, 法院系统), "
        "the text naming none of the bodies the truth takes for them",
        "figures": "the police's count (320万余人次), in the committee's paragraph, stands under the committee",
    },
    "shanghai_anti_domestic_violence_law_first_year_police_courts_salon_trad_mirror_2017_r96a": {
        "units": "a district branch's detachment (市公安局嘉定分局治安支队) is read for the city's police, the city's "
        "courts together (全市法院) for the high court",
        "figures": "the police's figures stand under the detachment",
        "furniture": "an editor's name alone (林馥榆) is not listed",
    },
    "spp_moj_community_correction_law_three_years_press_nanjiwang_2023_r96a": {
        "figures": "the procuratorate's count in its paragraph's lead (26万余人) stands under no unit",
    },
    "spp_mwr_water_public_interest_litigation_press_pinyin_gloss_trad_mirror_2024_r96a": {
        "units": "the water ministry, a co-host with a count of provinces, is not read",
        "figures": "a count of provinces (11省市) is read as no figure",
        "furniture": "a breadcrumb with >> (人民网>>生态) is not listed",
    },
    "state_council_joint_mechanism_press_mps_wuhan_police_prisons_whysw_2020_r96a": {
        "units": "the ministries' bureaus (公安部治安管理局, 司法部监狱管理局) are read for the ministries; the "
        "civil affairs and transport ministries and Wuhan's police are not read",
        "figures": "the ministry's figures stand under its bureau",
        "furniture": "an app's download link (文化艺术报客户端下载) is not listed",
    },
    "hebei_police_gang_bully_campaign_halfyear_briefing_changcheng_pinyin_trad_mirror_2014_r97a": {
        "units": "the department's criminal police bureau (省公安厅刑侦局) is read for the department",
        "furniture": "a photo caption ending with its credit (…长城网宿馨元摄) is not listed",
    },
    "hk_small_claims_tribunal_filings_by_claim_amount_legco_reply_pipe_table_investment_site_mirror_trad_2025_r97a": {
        "units": "the Judiciary answering the question is not read beside its tribunal",
        "figures": "a waiting time in days (41日) is not read",
    },
    "macau_security_secretary_2024_full_year_crime_briefing_satellite_casinos_chinese_numerals_chengpou_trad_2025_r97a": {  # noqa: E501
        "furniture": "a broken photo caption glued to the lead (「…简报会」在昨早举行) is not listed",
    },
    "shanxi_traffic_police_drink_drunk_driving_jan_may_city_lists_spaced_punctuation_repost_2020_r97a": {
        "figures": "the first counts of a list with one measure after the last (3218、3051、2821起) are not read",
        "furniture": "the site's title injected in 【|…】 is not listed",
    },
    "spc_2015_caseload_zhou_qiang_taiwan_cn_repost_county_list_junk_tail_trad_mirror_2017_r97a": {
        "furniture": "an ad slot's name (ad9_210*60) is not listed",
    },
    "taiwan_high_prosecutors_office_anti_fraud_sweep_taipei_yunlin_chinese_numerals_ltn_trad_2025_r97a": {
        "units": "Yunlin's office, named inside the high office's statement, is not read",
        "figures": "a headline's amount with no measure (3億) stands under no unit",
    },
    # Round 83 (issue 22): fresh development short news and county meetings where one body reports (_r94a), scored
    # at the session's start and on arrival, before any change for them (units 2 of 8 at both; right unit 45 of 72)
    "gansu_provincial_police_2022_results_press_conference_china_daily_trad_mirror_2023_r94a": {
        "units": "the province's police together (甘肃省公安机关) and the government holding the press conference "
        "are read, not the department the truth takes for them",
        "figures": "the figures stand under the government",
    },
    "jilin_dongfeng_county_legal_aid_centre_stations_cases_jlncb_2020_r94a": {
        "units": "the county's legal aid centre, named by its level (县法律援助中心) in a text that says 该县, is not "
        "read: fallback",
        "furniture": "the copyright line spaced out character by character is listed as written; the truth "
        "writes it without its spaces",
        "layout": "read as fallback",
    },
    "nanyue_district_public_security_dispatch_meeting_police_report_trad_mirror_2020_r94a": {
        "units": "the district's police branch is read by its level (区公安分局), keyed apart from the truth's whole "
        "name",
        "figures": "the branch's figures stand under 区公安分局",
    },
    "ningde_jiaocheng_district_comprehensive_governance_inspection_report_meeting_ndnews_r94a": {
        "units": "the district reporting (区委、区政府) is not read: fallback",
        "layout": "read as fallback",
    },
    # Round 82 (issue 22): fresh development features of one body and digests of several (_r95a), scored at the
    # session's start and on arrival, before any change for them (units 12 of 21 at both; right unit 47 of 74 at both)
    "ergun_enhe_justice_office_border_grassland_disputes_feature_thepaper_2024_r95a": {
        "units": "the justice office, named bare (恩和司法所), is not read: fallback",
        "furniture": "a place line (北京) under the date is not listed",
        "layout": "read as fallback",
    },
    "hexigten_dalainuori_tribunal_grassland_fengqiao_feature_court_daily_repost_2024_r95a": {
        "figures": "a share with its approximation before the verb (约占总人口数的70%) is read exact",
    },
    "inner_mongolia_daxinganling_forest_police_bureaus_drills_cases_digest_forestry_dept_baogaosu_2016_r95a": {
        "figures": "a training's length told after a day's lead (在经过15天的高强度训练后,) stands under the "
        "bureau before it",
    },
    "qinghai_procuratorates_migrant_wage_support_campaign_chengdong_huzhu_pinyin_trad_mirror_2021_r95a": {
        "figures": "the province's figures, told before its procuratorate is named for them, stand under no unit",
    },
    "shanxi_procuratorates_township_offices_circuit_rules_county_results_digest_jiancha_daily_repost_2024_r95a": {
        "units": "a district procuratorate's office (…高山检察室) is read in the procuratorate's place",
        "initiatives": "the province's two rules are not counted as its initiatives",
    },
    "tibet_autonomous_region_prison_visiting_day_feature_jiangsu_prison_bureau_site_2006_r95a": {
        "units": "a column's name (天下监狱) heading the page is read as a unit before the prison",
        "figures": "the prison's figures stand under no unit",
        "furniture": "the column's name alone on the first line (天下监狱) is not listed",
        "layout": "read as line heads, not one body's feature",
    },
    "xinghai_ziketan_police_station_cuckoo_mediation_room_feature_xihai_metropolis_daily_2020_r95a": {
        "units": "the station's mediation room (布谷鸟调解室) is read as a unit beside the station",
        "figures": "the township's figures (3323米) are not all read under the station",
    },
    "xinjiang_police_anti_terror_campaign_pishan_yutian_bachu_digest_legal_daily_baogaosu_2014_r95a": {
        "units": "a county's police named as police (皮山县公安机关, 皮山县警方) are keyed apart from the truth's "
        "bureau, and 巴楚's, named by its villagers and officers only, is not read",
        "figures": "the county's figures stand under 皮山县公安机关",
    },
    # Round 81 (issue 22): fresh development conference news where several bodies speak (_r91a) and digests and
    # two-report compilations (_r92a), scored at the session's start and on arrival, before any change for them
    # (units 17 of 63 at both; right unit 72 of 158 at both)
    "changzhou_development_zone_police_branch_grassroots_case_contest_prize_stations_2021_r91a": {
        "units": "the branch, named 分局 only, and its prize-winning stations and brigades are not read: fallback",
        "initiatives": "the prize-winning units' cases are not counted as their initiatives",
        "figures": "the one count stands under no unit",
        "layout": "read as fallback",
    },
    "fuzhou_npc_police_station_review_commendation_teleconference_honoured_stations_hyyz_mirror_2009_r91a": {
        "units": "the standing committee is read as 福州市人大常委会, keyed apart from the truth's whole name, and "
        "the two honoured stations named inside sentences are not read",
        "figures": "the count of honoured stations stands under 福州市人大常委会, keyed apart",
        "furniture": "a comment link (我来说两句) is not listed",
    },
    "gaoyou_prevention_system_tianchang_delegation_visit_four_bodies_briefing_gytoday_r91a": {
        "units": "the four bodies briefing the delegation, named together in one clause, are not read; the "
        "visitors' 市政协 is read instead",
        "layout": "read as one body's news",
    },
    "jiuquan_intermediate_court_video_report_to_gansu_high_court_execution_hundred_days_baiyin_site_2018_r91a": {
        "units": "the high court whose president replies is not read beside the reporting court",
        "furniture": "a picture's file name ending .bmp is not listed",
    },
    "mps_press_spring_festival_railway_aviation_police_spokesperson_hazardous_items_fugitives_r91a": {
        "units": "the railway police, opening a clause after the aviation police's, are read after them, not in "
        "the truth's order",
        "figures": "the railway police's first count (97人), told in the ministry's clause, stands under the ministry",
        "furniture": "a lone page number (11) is not listed",
    },
    "national_ip_infringement_counterfeit_press_police_procurators_courts_clauses_pinyin_trad_mirror_2014_r91a": {
        "units": "the police (公安机关) and the courts (法院) opening clauses of their own figures are not read",
        "figures": "the administrative departments' total (11.27万件) is read under no unit",
    },
    "xiamen_comprehensive_governance_committee_plenary_police_briefing_district_reports_sina_2006_r91a": {
        "units": "the city's committee (市综治委, whose plenary it is) and two districts' committees reporting by "
        "their places (海沧、同安综治委领导分别…进行了汇报) are not read",
        "furniture": "a portal's search link (爱问(iAsk.com)) is not listed",
    },
    "yunnan_police_drug_control_heroes_report_meeting_six_presenters_forty_years_2022_r91a": {
        "units": "two of six presenters named in one running sentence are not read",
        "figures": "the department's figures stand under the last presenter named",
    },
    "baoji_two_level_courts_gang_cases_sentencing_week_basic_courts_spun_repost_2020_r92a": {
        "figures": "their figures stand under the intermediate court or none",
        "furniture": "a content farm's lead-in (宝鸡信息网最新原创作品:) is not listed",
    },
    "guizhou_police_hundred_cities_drug_campaign_province_bijie_guiyang_baogaosu_2014_r92a": {
        "units": "the department's drug bureau is read beside it; the two cities are not read",
        "figures": "the headline's figure (300公斤) is not read; the cities' figures stand under the department",
    },
    "hangzhou_npc_session_two_reports_court_procuratorate_keywords_hangzhou_com_2021_r92a": {
        "units": "the procuratorate's report, after the court's, is not read",
        "figures": "a measure of two characters (30篇次) is read as 篇",
        "layout": "read as court clauses, not two reports",
    },
    "liangshan_prefecture_police_drug_cases_press_county_bureaus_dated_items_trad_mirror_2015_r92a": {
        "units": "the prefecture's bureau is read by level (州公安局), keyed apart (the text names another "
        "prefecture, 大理州); three of five county bureaus are not read",
        "figures": "the bureau's figures stand under 州公安局",
    },
    "national_immigration_administration_mid_autumn_holiday_border_ports_figures_digest_chinacourt_2019_r92a": {
        "figures": "a measure with a bracket (22万架(艘、辆)次) is read as a bare 22万",
    },
    "ningbo_cppcc_standing_committee_court_procuratorate_briefings_nbrb_2020_r92a": {
        "furniture": "an e-paper's link (标题导航) is not listed",
    },
    # Round 80 (issue 22): fresh development work reports and statistics bulletins (_r93a), scored at the session's
    # start and on arrival, before any change for them (units 3 of 9 at both; right unit 94 of 159 at both)
    "harbin_city_press_conference_2005_public_security_signs_bulletin_dbw_2006_r93a": {
        "figures": "a ceiling (降至3万起以下) is read as a figure exact (3万起), the truth's under",
    },
    "hubei_high_court_work_report_2021_reworded_lawyer_site_mirror_2022_r93a": {
        "furniture": "a content farm's teaser (导读:…) and its contact paragraph are not listed",
    },
    "macau_security_authorities_jan_sep_2021_crime_statistics_gov_mo_trad_r93a": {
        "units": "Macau's police, named 警方 only, and its security authorities (保安当局) are not read: fallback",
        "figures": "the figures stand under no unit",
        "layout": "read as fallback",
    },
    "spp_jan_sep_2021_main_case_data_case_management_office_qa_mna_mirror_r93a": {
        "units": "the procuratorate's case office (最高人民检察院案件管理办公室) is read as the unit; the truth takes "
        "the procuratorate it answers for",
        "figures": "the figures stand under the case office",
    },
    "taiwan_npa_statistics_monthly_offenders_by_age_group_population_rate_columns_table_2019_trad_r93a": {
        "units": "the police agency, which the page names only in its monthly's title, is not read: fallback",
        "figures": "the cells' rows have no names: their labels are their columns only",
        "layout": "read as fallback",
    },
    # Round 79 (issue 22): fresh development conference news of cities' courts (_r89a) and short news and features
    # of stations, tribunals, justice offices and a prison (_r90a), scored at the session's start and on arrival,
    # before any change for them (units 6 of 16 at both; right unit 89 of 112 at both)
    "dingxi_courts_halfyear_trial_situation_briefing_rankings_2023_r89a": {
        "furniture": "a picture's placeholder word (图片) is not listed",
    },
    "haikou_courts_2021_year_review_commendation_meeting_district_courts_2022_r89a": {
        "units": "the four district courts whose departments are honoured in a list separated by 、 are not read",
        "layout": "read as the intermediate court's own news, not a list of presenters",
    },
    "dezhou_110_system_2014_calls_robbery_drop_short_news_qilu_evening_2015_r90a": {
        "units": "the city's 110 system (德州市110系统), the truth's unit as the text names it, is no body the "
        "parser knows: fallback",
        "furniture": "an e-paper's link (【PDF版】) is not listed",
        "layout": "read as fallback",
    },
    "gushi_duanji_tribunal_head_27_years_mountain_feature_xinyang_daily_2015_r90a": {
        "units": "the tribunal is read by its bare name (段集法庭), not under its county's court (固始县段集法庭)",
        "figures": "follows from the units",
        "furniture": "an empty picture's markdown with a bar (![]() |) is not listed",
    },
    "hebei_women_prison_reporter_visit_psychology_skills_feature_law_hotspot_mirror_2017_r90a": {
        "units": "the prison (河北省女子监狱) is not read; the ministry whose minister a paragraph quotes (司法部) is",
        "figures": "a count of gates (3道) is not read",
        "furniture": "a photo's caption (培训老师品尝服刑人员做出的面包) is not listed",
    },
    "jingzhou_dongcheng_police_station_pickpocketing_feature_chutian_metropolis_daily_2024_r90a": {
        "figures": "a year's count of pickpocketing reports (2023年…36起) is read with no label",
        "furniture": "photo captions credited to a correspondent (…宣传品 通讯员供图) are not all listed",
    },
    "lijiang_city_traffic_brigade_lantern_festival_drunk_driving_pinyin_trad_forum_2019_r90a": {
        "units": "the traffic brigade named only 大隊 is not read: fallback",
        "furniture": "a forum's attachment line (….jpg (26.61 KB, 下載次數: 269)) is not listed",
        "layout": "read as fallback",
    },
    "rugao_banjing_justice_office_head_liu_pinglin_mediator_feature_fx361_2014_r90a": {
        "units": "the justice office, named in its head's career (搬经镇司法所), is not read: fallback",
        "figures": "a population with no measure after 万 (近10万人口 read as 人) differs from the truth's reading",
        "furniture": "the magazine's author line (鞠九江++狄邦建) is not listed",
        "layout": "read as fallback",
    },
    "spc_jan_sep_2025_caseload_early_mediation_short_news_science_daily_r90a": {
        "furniture": "the comment box's heading (最热评论) is not listed",
    },
    "zhengzhou_police_community_posts_preventable_cases_short_news_sina_2006_r90a": {
        "figures": "a count of kinds (6类) is not read",
        "furniture": "the portal's search link (爱问(iAsk.com)) is not listed",
    },
    # Round 78 (issue 22): fresh development bulletins and tables (_r87a) and Hong Kong, Macau and Taiwan reports
    # (_r88a), scored at the session's start and on arrival, before any change for them (units 5 of 19 at both;
    # right unit 209 of 345 at the start, 198 on arrival: a Hong Kong chart's label read as a unit, mended after)
    "anhui_police_household_registration_fee_items_list_huoqiu_county_bureau_spaced_table_2020_r87a": {
        "figures": "fees per item (20元/证) are read in 元 without the item they are per",
        "furniture": "a disclosure page's metadata fields (发布机构:, 发布日期:, 访问量:) and its spam header "
        "(…ope官网) are not listed",
    },
    "hk_icac_annual_report_2018_complaints_by_sector_chart_labels_lines_fliphtml5_trad_r87a": {
        "units": "the commission's operations department, named only 執行處, is not read: fallback",
        "figures": "a chart's data labels, one or two a line in drawing order, are not read as the sectors' cells",
        "furniture": "the flip-book site's trial banner (Enjoying your free trial? …) is not listed",
        "layout": "read as fallback",
    },
    "mps_exit_entry_administration_2011_border_inspection_statistics_pinyin_trad_mirror_2012_r87a": {
        "figures": "a total in 億 with no measure word after it (4.11億) is read with the 人次 of the next figure",
    },
    "taichung_branch_high_court_revenue_by_source_budget_rows_openfun_trad_2025_r87a": {
        "figures": "a budget's rows a line with single spaces between cells and empty cells dropped are not read as "
        "a table",
    },
    "taichung_city_police_jan_apr_crime_index_rate_six_municipalities_fingermedia_blog_trad_2017_r87a": {
        "furniture": "the blog's footer fields (資料來源:…, 發佈日期:, 新聞分類: #地方 #台中市) are not listed",
    },
    "tongcheng_county_police_march_telecom_fraud_incident_bulletin_townships_losses_2024_r87a": {
        "units": "the townships whose losses the bulletin lists (隽水镇, 五里镇…) are read as units, not the county "
        "police publishing it",
        "figures": "a figure of last year's in brackets with no measure (42) is not read, and the county's figures "
        "stand under its townships",
        "furniture": "the government site's breadcrumb (您现在的位置 : 首页 > …) is not listed",
    },
    "xichang_railway_court_q4_case_intake_targets_management_bulletin_2020_r87a": {
        "units": "the railway court, which calls itself 西昌院 and 我院, is not read: fallback",
        "figures": "a floor (不低于11件) is read as a target, no figure; the truth records it as a figure over",
        "layout": "read as fallback",
    },
    "hong_kong_correctional_services_commissioner_annual_press_2014_prisoners_elderly_discipline_csd_gov_simplified_2015_r88a": {  # noqa: E501
        "figures": "a figure whose year is written in numerals of words (二○一五年…约170人) is read with no label",
        "furniture": "the government site's skip link and menu (跳至主要内容, English 网页指南 联络我们) are not "
        "listed",
    },
    "hong_kong_icac_2004_corruption_complaints_annual_press_chinese_numerals_cns_wire_cdwanao_simplified_2005_r88a": {
        "figures": "a count of companies in words with its measure 间 (五百二十四间) is not read",
    },
    "macau_judiciary_police_procuratorate_drug_cases_wenweipo_trad_2009_r88a": {
        "units": "the procuratorate, named bare (另外,檢察院完成…), is not read as a unit of its own",
        "figures": "an approximate value after 約值 is read exact, and the procuratorate's figures stand under the "
        "police",
        "furniture": "a picture's button (放大圖片) is not listed",
    },
    "pingtung_county_police_spring_festival_sweep_theft_drug_fraud_results_ettoday_trad_2026_r88a": {
        "initiatives": "the bureau's paragraphs are counted as more initiatives than the truth counts",
        "figures": "a count of targets arrested (逮捕治平目標9名) is not read",
    },
    "taichung_city_police_crime_rate_six_municipalities_satisfaction_survey_ptt_blog_repost_chinese_numerals_trad_2012_r88a": {  # noqa: E501
        "units": "the city police (臺中市政府警察局) are read as its criminal corps, the first to speak, and the "
        "city's accounting office is not read",
        "figures": "decimals in words (七百二十點一一件) and shares in tenths with two digits (四成四七) are not read",
        "furniture": "a forum post's title line (標題: [新聞]…) is not listed",
    },
    "tainan_district_prosecutors_office_vote_buying_tips_cases_police_precincts_cna_cts_trad_2022_r88a": {
        "furniture": "a portal's weather line (03/12 週四 彰化縣|18°C - 22°C天氣圖標) is not listed",
    },
    "taitung_district_prosecutors_office_public_danger_prosecutions_drunk_driving_police_yahoo_trad_2024_r88a": {
        "units": "the county police, credited with its figures (根據台東縣警局統計資料顯示,…740件), are not read",
        "initiatives": "the office's paragraphs are counted as more initiatives than the truth counts",
        "figures": "the police's figures stand under the prosecutors' office",
    },
    # Round 77 (issue 22): fresh development features, spam mirrors, work reports and digests (_r85a, _r86a),
    # scored at the session's start and on arrival, before any change for them (units 12 of 27 at both; right unit
    # 88 of 132 at both)
    "dalian_zhongshan_laohutan_laodong_mediation_room_fact_box_feature_ip_mirror_r85a": {
        "units": "the mediation room, named only in quotation marks (“老董调解室”) and never with its street, is not "
        "read: fallback",
        "furniture": "a photo's caption of a name alone (董生) is not listed",
        "layout": "read as fallback",
    },
    "lanzhou_chengguan_district_court_ma_xiwu_style_squat_notes_feature_ctmanga_trad_r85a": {
        "figures": "the truth records shares in tenths in 成 (一成 = 1 成, 近四成 = 4 成); the parser reads them as "
        "percentages (10%, 40%), the issue's convention (将近7成: 70%)",
    },
    "lingwu_chongxing_police_station_three_mediation_linkage_feature_thepaper_2020_r85a": {
        "furniture": "the region's tag under the time line (宁夏) is not listed",
    },
    "nanchang_donghu_district_court_enforcement_judge_day_feature_jiangxi_mirror_2019_r85a": {
        "units": "the province's courts, named only as 我省法院, are not read as a unit (江西省法院)",
    },
    "pengshui_hanjia_justice_office_chief_li_shaodeng_mediation_feature_chongqing_daily_r85a": {
        "units": "the justice office, named by its chief's post (汉葭司法所所长) and as 当地的司法所, is not read: "
        "fallback",
        "figures": "a distance in centimetres (50厘米) is not read",
        "layout": "read as fallback",
    },
    "wenzhou_detention_centre_24_hours_feature_football_stream_source_spam_mirror_2023_r85a": {
        "units": "the detention centre the feature is about (温州市看守所, then 市看守所) is not read: fallback",
        "figures": "a count of gates (3道) is not read",
        "layout": "read as fallback",
    },
    "yangjiabu_police_station_migrant_registration_agency_feature_zjol_r85a": {
        "units": "the branch whose commissar a quotation names (开发区公安分局政委苏佩玉) is read as a unit beside "
        "the station",
        "figures": "the station's figures stand under the branch",
        "layout": "read as a presenter list, not the station's own",
    },
    "kunming_police_hundred_cities_drug_campaign_mps_fifty_days_chenggong_branch_baogaosu_digest_2014_r86a": {
        "units": "the ministry's official's second post (公安部部长助理、禁毒局局长) makes a unit of its bureau "
        "(禁毒局), and the city's police (昆明全市公安机关, 昆明市公安局) and its branch are not read",
        "initiatives": "follows from the units",
        "figures": "the national and the city's figures stand under the bureau",
    },
    "multi_city_traffic_police_spring_festival_drunk_driving_chongqing_wuxi_chifeng_quanzhou_forum_repost_digest_r86a": {  # noqa: E501
        "initiatives": "the Chongqing item's two paragraphs are read as one initiative",
        "figures": "targets (不少于120个检查站) are read as no finding; the truth records them as figures over",
        "furniture": "the forum's counters (查看 46|回复 3) are not listed",
    },
    "national_police_may_day_holiday_beijing_immigration_traffic_bodies_fzzx_digest_r86a": {
        "units": "the nation's police (全国公安机关) is read as a unit, and the Beijing police, immigration and "
        "traffic bodies are not",
        "figures": "the ministry's figures stand under the nation's police",
    },
    "national_police_national_day_2011_beijing_bureau_expo_park_police_govcn_big5_digest_r86a": {
        "units": "the ministry's command centre (公安部指挥中心) is read as a unit beside the ministry",
        "figures": "a Beijing ceremony's attendance (5000余名) stands under the ministry",
    },
    # Round 76 (issue 22): fresh development conference news of counties and cities, features of one body, digests,
    # work reports and spam mirrors (_r81a–_r84a), scored at the session's start and on arrival, before any change for
    # them (units 25 of 47 at the start, 26 on arrival; right unit 136 of 211 at the start, 138 on arrival)
    "hengyang_county_zhengfa_safety_deployment_meeting_bodies_collective_chinadevelopment_2024_r81a": {
        "units": "the county's propaganda department hosting is read as a unit beside the county's "
        "politics-and-law bodies",
        "furniture": "the outlet's dateline with its writers (中国发展网讯 王勤 邹健 刘周沐 记者袁雪飞报道) is "
        "not listed",
    },
    "mengshan_county_2006_comprehensive_governance_safety_commendation_meeting_disputes_r81a": {
        "units": "the county as the body reporting its year (蒙山县) is not read: fallback",
        "layout": "read as fallback",
    },
    "nanming_district_two_strict_one_drop_meeting_zhengfa_committee_pixnet_spam_trad_2014_r81a": {
        "figures": "a target (目标数为9541起) is read as a target, no figure, where the truth records it",
        "furniture": "the blog's post footer (hnlqwzp 发表在 痞客邦 留言(0) 人气()) is not listed",
    },
    "pucheng_county_police_justice_lawyer_linkage_field_meeting_court_site_2023_r81a": {
        "figures": "the attendance (约80人) stands under the court where the truth gives it no unit",
    },
    "xiangyang_zhengfa_secretaries_half_year_meeting_petitions_daily_repost_2017_r81a": {
        "units": "the city's committee, named only by its officers' posts, is read as the development zone's "
        "committee (开发区政法委)",
        "figures": "the city's figures stand under the zone's committee",
    },
    "zhaoyang_district_public_arrest_sentencing_rally_police_court_zynews_2008_r81a": {
        "units": "the district police branch, whose chief is named by his first post of several "
        "(市公安局副局长、副区长、区公安分局局长), is not read",
        "furniture": "the site's section name over the story (昭阳新闻) is not listed",
    },
    "beijing_mentougou_zhaitang_tribunal_head_xie_yaozong_legal_daily_feature_pinyin_trad_2022_r82a": {
        "figures": "a distance in li (3万多里) is not read: 里 is no measure",
        "furniture": "a column's banner behind a box (□ 奋进新征程 建功新时代·非凡十年) is not listed",
    },
    "erguna_labudalin_second_police_station_fengqiao_fact_box_feature_cppsup_2026_r82a": {
        "furniture": "the photo captions standing alone between the fact box and the story "
        "(民警手工绘制生态警务地图…) are not listed",
    },
    "ningbo_police_station_chiefs_rabbit_year_spring_festival_two_stations_cnnb_feature_2011_r82a": {
        "units": "the headline's 基层派出所 and the ministry whose campaign a station joins (公安部深入开展…) "
        "are read as units",
        "figures": "the station's residents' counts (10家企业, 2100多名员工) stand under the ministry",
    },
    "qianjiang_zhuoshui_procuratorate_office_basket_prosecutors_feature_truecreate_mirror_2021_r82a": {
        "units": "the district procuratorate is read as a unit beside its office in the town (驻濯水检察室)",
        "figures": "a repaid sum with no measure (15万) is not read, and the office's figures stand under the "
        "procuratorate",
        "furniture": "a photo caption credited to a correspondent (…通讯员黄乔摄) is not listed",
        "layout": "read as presenter_list",
    },
    "xiangning_xijiaokou_township_mediation_committee_head_liu_qilong_feature_sxgov_2019_r82a": {
        "units": "the committee's two names (乡宁县西交口乡司法调委会, …司法所调解委员会) are read as two units",
        "layout": "read as presenter_list",
    },
    "guangzhou_police_taxi_smashing_huadu_baiyun_branches_wenweipo_trad_2014_r83a": {
        "units": "the first branch named as the district's police (花都警方) is read under the city bureau",
        "figures": "the headline's count (3起) stands under no unit, the branch's figures under the city bureau",
        "furniture": "the related story's title with its date in brackets (粤组织部原副部长被查… [2014-10-16]) is "
        "not listed",
    },
    "hebei_police_thunderbolt_two_gang_net_procurators_courts_three_year_totals_chinanews_r83a": {
        "units": "the department's criminal investigation bureau (河北省公安厅刑侦局), whose head gives the "
        "totals, is not read",
        "figures": "the department's figures in the lead (近7万警力, 95个) stand under no unit",
    },
    "henan_police_first_round_gang_crackdown_six_city_bureaus_clauses_repost_2018_r83a": {
        "units": "the department releasing the news (记者从河南省公安厅获悉) is not read before the city bureaus",
        "figures": "the department's total (1481人) stands under no unit",
        "furniture": "an editor's mark alone on its line (编) is not listed",
    },
    "shiyan_traffic_police_mid_autumn_drunk_driving_brigades_wall_ad_spam_mirror_r83a": {
        "units": "the brigades (一大队, 四大队…) named by their numbers alone are not read, and the bureau written "
        "over a line break (市|公安交管局) is read without its level; the city's traffic police (十堰交警) is read "
        "as a unit of its own",
        "figures": "a blood-alcohol reading (138mg/100ml) is not read, and the brigades' figures stand under the "
        "bureau",
        "furniture": "an injected ad (湖北十堰墙体广告) is not listed",
    },
    "xingan_league_zhengfa_five_years_court_procuratorate_police_justice_clauses_feature_r83a": {
        "units": "the league's justice bureau, the second of a pair (盟公安局、盟司法局), is not read",
        "figures": "the pair's figures (99个公安派出所、68个司法所) stand under the first",
    },
    "wanyuan_jvzhi_2025_r7a": {
        "units": "the city's politics-and-law committee, whose clause opens the court's paragraph with a time's "
        "results after it (…发挥牵头抓总作用…。2024年以来召开专题会议4次), is read as a unit",
        "figures": "the results of the sentence after its clause (4次, 10件10人) stand under the committee",
    },
    "hengfeng_county_police_halfyear_briefing_gambling_keyword_spam_mirror_2022_r84a": {
        "units": "the county court named beside the bureau in the opening is read as a unit of its own",
    },
    "spc_halfyear_data_zhumadian_tv_porn_header_pinyin_trad_spam_mirror_2023_r84a": {
        "furniture": "a site's download link (驻马店融媒宣传下载) is not listed",
    },
    # Round 75 (issue 22): fresh development conference news, bulletins and work reports, Hong Kong, Macau and Taiwan
    # features and short news, digests, press conferences and tables, case collections (_r75a–_r80a), scored at the
    # session's start and on arrival, before any change for them (units 37 of 125 both, right unit 228 of 804 both)
    "beijing_police_station_chiefs_community_officers_first_debriefing_to_residents_sina_2007_r75a": {
        "units": "no reader takes the city's stations together (全市360个户籍派出所) or the one station whose "
        "chief reports (蒲黄榆派出所所长…述职): fallback",
        "figures": "with no unit read, no figure stands under the stations",
        "layout": "read as fallback, no body found",
    },
    "changzhou_inspection_acceptance_zhengfa_secretary_report_pinyin_trad_mirror_2008_r75a": {
        "units": "the visiting group's leader's body (由江苏省综治办副主任…带队的检查验收组) is read as the "
        "unit, not the city reporting to it (我市, 常州市)",
        "figures": "the city's figures stand under the provincial office that visits",
    },
    "fuxin_liaoning_police_stations_building_field_meeting_fifteen_stations_visited_repost_2023_r75a": {
        "units": "the host bureau opens one late paragraph (近年来,阜新市公安局始终将…) among stations "
        "opening clauses of their own awards: no one body is read (fallback)",
        "layout": "read as fallback",
    },
    "guangdong_police_asian_games_security_awards_meeting_fire_corps_speakers_repost_2011_r75a": {
        "units": "the corps whose site tells the news (我总队, 广东消防总队) and the leaders speaking for "
        "省委、省政府 and 公安部 (先后作重要讲话) are not read",
        "figures": "the corps' figures (近60人参加会议) stand under the host department",
    },
    "hunan_telecom_fraud_teleconference_police_procuratorates_courts_regulators_clauses_2019_r75a": {
        "units": "of the clauses opened by kinds of body "
        "(公安机关…，检察机关…，法院…；通信管理、人民银行、银保监部门…) only the procuratorates' are "
        "read; the police's clause goes to the department whose head spoke, the courts' (法院 alone) "
        "and the regulators' lists are not read",
        "figures": "the police's and the regulators' figures stand under the department",
    },
    "macau_security_secretary_jan_sep_crime_statistics_crime_groups_gov_mo_trad_2011_r76a": {
        "figures": "a rate garbled by the page (3. %8) is not read",
    },
    "tianjin_police_august_situation_release_crime_traffic_fire_119_centre_enorth_2005_r76a": {
        "units": "the traffic police together (全市公安交通管理部门) and the 119 centre opening their clauses "
        "inside the bureau's numbered items are not read",
        "figures": "their figures stand under the bureau",
    },
    "zhongshan_intermediate_court_business_environment_report_2017_2019_zsfy_2020_r76a": {
        "furniture": "the court site's menu, words in a row with no separator but spaces, is not listed",
    },
    "zhongshan_justice_administration_yearbook_overview_2021_lawyers_notary_mediation_zsdag_r76a": {
        "units": "the government's legal advisers' office opening its sentence (市政府法律顾问室办理…) is not read",
        "figures": "its figures stand under the bureau",
    },
    "hong_kong_fight_crime_committee_security_bureau_jan_apr_crime_wenweipo_trad_2018_r77a": {
        "units": "the committee opening its paragraph (扑灭罪行委员会昨日公布…) is not read: bodies with no "
        "place open no clause",
        "figures": "the committee's figures stand under the Secretary's bureau",
    },
    "hong_kong_narcotics_commissioner_police_customs_seizures_feature_kinliu_trad_2022_r77a": {
        "units": "the commissioner (禁毒专员) and customs (海关) are not read; the police are read by their "
        "force's name (警务处)",
        "figures": "the joint seizures stand under the police force",
    },
    "kinmen_county_police_new_year_security_results_chinese_numerals_epochtimes_trad_2007_r77a": {
        "figures": "one case or one person written in words (一件, 一人) is not read as a figure",
        "furniture": "the paper's dateline with the agency's (【大纪元3月5日报导】（中央社记者倪国炎金门五日电）) "
        "is not listed",
    },
    "macau_customs_psp_parallel_trader_depots_raid_gov_site_trad_r77a": {
        "figures": "counts in words (两个散货点) and people counted by sex with no measure (7男, 3女) are not read",
    },
    "macau_youth_correctional_institution_director_interview_feature_plataforma_trad_2018_r77a": {
        "units": "the institution's centres described in a series (观察中心目的是…；教导中心旨在…) are read as units",
    },
    "taiwan_customs_administration_sniffer_dogs_new_year_feature_cna_line_today_trad_2017_r77a": {
        "figures": "a range of tenths (2、3成) is read as its upper end alone",
        "furniture": "the news agency's name alone on its line (中央通讯社) is not listed",
    },
    "chongqing_police_flood_kaizhou_shizhu_liangping_place_colon_sections_mirror_2020_r78a": {
        "figures": "the flood's depth in metres (1.5米) is not read: metres are left out of the measures",
        "furniture": "the headline the mirror repeats over each picture is listed from its second copy on; the "
        "first stays the headline",
    },
    "jiangxi_police_flood_fengcheng_lichuan_xinyu_chongren_units_trad_mirror_2023_r78a": {
        "units": "two of the four paragraphs' bodies (黎川县公安局交警大队, …仰天岗派出所), each opening a "
        "sentence after its place's flood, are not read",
        "figures": "the flood's lengths in metres (30余米, 1.5米) are not read: metres are left out of the measures",
        "furniture": "a lone word closing the page (质检) is not listed",
    },
    "mps_flood_presser_henan_shanghai_zhejiang_police_traffic_marker_points_jstv_2021_r78a": {
        "units": "the headline's body (河南警方) is read first, and the provinces' police and the traffic "
        "police opening clauses inside the points (仅河南公安机关…; 上海公安机关…; 浙江共投入…) are "
        "not read",
        "figures": "the provinces' figures stand under the ministry",
    },
    "national_mps_flood_relief_beijing_tianjin_hebei_shanxi_police_clauses_zsnews_repost_2025_r78a": {
        "units": "the ministry telling the news and the traffic police (公安交管部门, 山西公安交管部门) are not read",
        "figures": "the traffic police's figures stand under the province before them",
        "furniture": "the second of the site's numbered terms of reuse (② 本网未注明“来源”…) is not listed",
    },
    "tianjin_railway_police_heping_patrol_spring_festival_roundup_enorth_2007_r78a": {
        "units": "the second item's patrol (和平巡警接报…) under its own heading is not read",
    },
    "yunnan_police_drug_checkpoint_contest_three_battlefields_trad_mirror_2019_r78a": {
        "units": "the bureau is read by the name the text calls the province's police (云南警方); the three "
        "battlefields (昭通主战场…) are not read",
        "figures": "the battlefields' figures stand under the province's police",
    },
    "hk_labour_relations_programme_kpi_mecab_cell_lines_table_2015_r79a": {
        "units": "the one body the table names (小额薪酬索偿仲裁处) is not read: fallback",
        "figures": "numbers with their thousands spaced in one-cell lines (14 441) are read as two numbers",
        "layout": "read as fallback, no body found",
    },
    "hunan_police_department_shaoyang_drug_target_case_press_hnkda_transcode_mirror_r79a": {
        "units": "the provincial department holding the press conference is not read before the city bureau "
        "that broke the case",
        "figures": "the department's figures stand under the city bureau",
    },
    "jiangxi_police_department_summer_hundred_days_press_public_order_corps_caijing_mirror_2022_r79a": {
        "units": "the province's police together (省公安机关) are read as a unit of their own beside the "
        "department that speaks for them",
        "figures": "a count in words (十个) stands under the province's police",
    },
    "taiwan_drunk_driving_casualties_counties_monthly_cell_lines_table_tadd_trad_2015_r79a": {
        "figures": "the totals rows' cells (104年度 798) stand under the row above them (署屬機關), read as a unit",
    },
    "taiwan_uk_legal_aid_comparison_foundation_lsc_indented_table_linshih_trad_2006_r79a": {
        "units": "the two legal aid bodies compared (法律扶助基金会, 法律服务委员会) are not read; the "
        "Judicial Yuan named in passing is",
        "figures": "a table indented by spaces across two countries is not read: its cells stand under no unit",
        "furniture": "the page's column name (各国法律扶助) is not listed",
    },
    "anhui_procuratorate_green_jianghuai_eight_cases_list_qingyang_site_2021_r80a": {
        "figures": "a price per ton (78元/吨) is read as 78元",
    },
    "luodian_zhengfa_rectification_four_bodies_clauses_qnpeace_2021_r80a": {
        "units": "the county court opening a clause (；县法院为…) is read under its unplaced name beside the "
        "one resolved, and the procuratorate's clause is cut",
        "figures": "the procuratorate's and the court's counts (20余次) stand under the other",
    },
    "province_zhengfa_rectification_five_systems_dash_items_trad_mirror_2021_r80a": {
        "units": "the first item's collective (全省各级党委政法委) is not read as the other systems are",
    },
    "shanxi_procuratorate_public_interest_cases_jiancaoping_people_cn_repost_2018_r80a": {
        "units": "the provincial procuratorate releasing the cases is not read before the district's that "
        "brought the case",
    },
    "sichuan_procuratorates_urban_rural_ten_cases_three_bodies_china_com_cn_2024_r80a": {
        "units": "the province's procuratorates together (四川省检察机关), whose release it is, are not read "
        "before the cases' procuratorates",
    },
    "taibai_zhengfa_poverty_alleviation_four_bodies_clauses_wmxa_2018_r80a": {
        "units": "the county's 政法综治部门 leading the text is no body read; a partner court after 联合 "
        "(汉中市洋县法院) is read in the county court's place",
        "figures": "the county's figures stand under the bodies that follow",
    },
    # Round 75: how long a meeting or a programme runs (为期一天半, 为期3年) is a period, as the collectors' briefs say
    # (periods are no figures) and a fresh truth records (为期20天); two early truths count it as a figure
    "gaoyuan_yuanzhang_2007": {"figures": "为期一天半 (the meeting's length) is read as a period, no figure"},
    "liaoning_qiangji_2024_big5": {"figures": "為期3年 (the programme's length) is read as a period, no figure"},
    # Round 74 (issue 22): fresh development digests and conference news, scored at the session's start and on
    # arrival, before any change for them (units 12/29 both, right unit 23/95 both).
    "city_business_environment_seventh_press_police_justice_court_procuratorate_forum_repost_r74a": {
        "units": "the court's and the procuratorate's speakers in the row of releasers after a name spaced inside "
        "(张 倩 市法院…) are not read",
        "furniture": "the photographer's credit (摄影 邓娟) is not listed",
    },
    "enshi_governance_centres_court_procuratorate_police_headed_sections_hbtv_2025_r74a": {
        "units": "the section headed by its kind alone (法院:驻点指导…) is read as the centre the lead names, and "
        "the justice administration's heading with no text (司法行政:) is no unit",
        "figures": "the courts' figures stand under the centre",
    },
    "lanzhou_police_yunjian_fugitives_branches_detachments_clauses_yybnet_2019_r74a": {
        "units": "the city's police are read by the headline's name (兰州警方), the truth's by the bureau's (市公安局)",
        "figures": "the city's figures stand under 兰州警方",
        "furniture": "the paper's byline in brackets ((兰州日报社全媒体记者伊晓明)) is not listed",
    },
    "liaoning_business_environment_press_zhengfa_committee_four_bodies_content_farm_2023_r74a": {
        "units": "the committee and its supervision office (省委政法委, 省专项监督办) are not read, and the four "
        "bodies are read in another order",
        "figures": "a count of measures (20项) is not read",
    },
    "miaoli_county_head_anti_fraud_awards_police_corps_branch_ltn_trad_2025_r74a": {
        "units": "the county government and the branch are not read; the police corps and the bureau in another order",
        "figures": "a sum in 新台币 with no measure after it (4000) is read with none",
        "furniture": "a reading prompt (请继续往下阅读...) is not listed",
    },
    "xian_police_national_day_holiday_checkpoint_aviation_brigade_pinyin_trad_mirror_2017_r74a": {
        "units": "the checkpoint is read by its branch's name (雁塔分局), and the special police's air unit "
        "(特警支队警航大队), no place before it, is not read",
        "figures": "the checkpoint's and the air unit's figures stand under the branch and the bureau",
    },
    # Round 73 (issue 22): fresh development short news and features, scored at the session's start and on arrival,
    # before any change for them (units 4/8 both, right unit 34/50 at the start, 42/50 on arrival).
    "bozhou_legal_aid_centre_national_honour_four_years_cases_yybnet_2020_r73a": {
        "figures": "a share whose % the page lost (98.66) is not read",
        "furniture": "the paper's date line and a related-news block (亳州晚报 2020-03-20 10:10 大字, 新闻推荐…) are "
        "not listed",
    },
    "fuzhou_yuanyang_police_station_yuandong_village_patrol_net_hxnews_epaper_2013_r73a": {
        "figures": "counts in words (一名, 一个) are not read",
        "furniture": "the e-paper's page line and pager (第A09版:福州新闻·社会, 3上一版 下一版4) are not listed",
    },
    "guangdong_procuratorate_first_anti_graft_bureau_27_years_feature_hbsztv_2016_r73a": {
        "units": "the courts' sentence the procuratorate reports (法院共判决4000余名…) is read as the courts' unit",
        "figures": "the courts' sentence's figures stand under 法院, the truth's under the procuratorate",
        "furniture": "the chart's credit (王鲁坤 吴美凤/制图) is not listed",
    },
    "kunshan_zhoushi_sifasuo_community_correction_feature_baogaosu_mirror_r73a": {
        "units": "the correction section is read by its bureau's name only (昆山司法所, not 昆山司法所社区矫正科)",
        "figures": "the office's figures after the section's officer speaks stand under the section",
        "layout": "a list of speakers (presenter_list), following from the units",
    },
    # Round 72 (issue 22): fresh development conference news and work reports of several bodies, scored at the
    # session's start and on arrival, before any change for them (units 10/31 both, right unit 41/72 both).
    "county_grand_mediation_work_report_court_police_traffic_labour_bureaus_clauses_dropped_digits_nepao_mirror_r72a": {
        "units": "the county's bodies listed with their counts (其中基层人民调解组织调处20360件、县人民法院…992件、"
        "县公安局调处治安纠纷853件…) are not read: an item is no body's (基层人民调解组织) or holds a spam word "
        "(县工商分局(检讨书p)), and a list is read only where every item is a body's; the county (我县) is no unit",
        "figures": "the list's counts stand under the court",
        "furniture": "a stray pair of backquotes (``) is not listed",
    },
    "gansu_npc_standing_committee_inspection_report_anti_fraud_police_procurators_courts_clauses_gscn_2020_r72a": {
        "units": "the inspection team reporting (听取了省人大常委会代表视察组…的报告) and the police's anti-fraud "
        "centre opening a clause (全省公安机关反电诈中心核查…) are not read",
        "figures": "the team's and the centre's figures stand under the organs before them",
        "furniture": "the wire's dateline and byline (中国甘肃网9月22日讯 据兰州晨报报道(…记者 梁峡林)) are not listed",
    },
    "hsinchu_county_october_public_security_briefing_secretary_general_police_prosecutors_quotes_bg3_simplified_mirror_2022_r72a": {  # noqa: E501
        "furniture": "a photo's credit ((新竹县警局提供/罗浚滨新竹传真)) is not listed",
    },
    "qianshan_saohei_press_conference_five_bodies_questioned_police_deputy_quote_ttnews_repost_2019_r72a": {
        "figures": "the police deputy's quoted answer under its sound-bite heading (【现场声】 市公安局副局长 "
        "曾智:…组建8人…) is not read as the police's: it stands under none",
    },
    "sichuan_zhengfa_2015_year_review_police_procurators_courts_clauses_party_magazine_fx361_mirror_2016_r72a": {
        "units": "the province's organs are read in another order (全省法院 first), and a kind alone (检察机关) "
        "besides",
        "figures": "some of the organs' figures stand under the organ read before them",
        "furniture": "the magazine's date and byline (2016-12-26 08:18雷怡安, ·本刊记者 雷怡安) are not listed",
    },
    # Round 71 (issue 22): fresh development digests and features, scored at the session's start and on arrival,
    # before any change for them (units 2/14 both, right unit 14/58 both).
    "anhui_baihu_prison_chuanhe_section_embedded_reporter_diary_legal_daily_feature_2012_r71a": {
        "units": "the prison administration an editor's note opens with and the prison's section the diary is of "
        "are not read: the text falls back",
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "layout": "fallback, following from the units",
    },
    "dandong_dalu_island_border_police_station_spring_festival_legal_daily_feature_2025_r71a": {
        "units": "the station a feature is about, named once past its opening scenes (赵晨光所在的大鹿岛边境派出所), "
        "is not read: the text falls back",
        "furniture": "the page's section label between bars (| 综合 |) is not listed",
        "layout": "fallback, following from the units",
    },
    "ezhou_airport_zone_police_branch_launch_three_stations_gambling_arrests_digest_2021_r71a": {
        "units": "the branch's stations by their short names (新庙所, 燕矶所, 杨叶所) are not read as bodies",
        "figures": "the stations' arrests stand under the branch",
        "furniture": "a photo's caption (挂牌仪式现场宣誓) is not listed",
    },
    "hong_kong_police_thunder18_drug_ops_three_units_cns_wire_repost_trad_digest_r71a": {
        "furniture": "the wire's closing mark ((完)) is not listed",
    },
    "kinmen_jinning_township_mediation_committee_best_unit_renewal_kmdn_trad_feature_2017_r71a": {
        "units": "the township's mediation committee (金宁乡调解委员会), its township no place of the mainland's "
        "divisions, is not read: the text falls back",
        "figures": "counts in words (一人, 十五人) are not read; the year of the law (民国44年) is read as a figure",
        "layout": "fallback, following from the units",
    },
    "new_taipei_police_election_eve_sweep_shulin_banqiao_branches_ctwant_trad_digest_2024_r71a": {
        "figures": "the police deployed with no measure (出动821警力) is not read",
        "furniture": "a photo's caption (新北市警察局12日晚间执行威力扫荡…(图/翻摄画面)) is not listed",
    },
    # Round 70 (issue 22): fresh development short news, bulletins and work reports, scored at the session's start
    # and on arrival, before any change for them (units 6/9 both, right unit 37/72 both).
    "harbin_police_national_day_week_110_centre_alarms_big5_trad_2006_r70a": {
        "furniture": "the search box's label (搜 索) is not listed",
    },
    "wnmc_college_site_repost_city_police_weekly_public_order_bulletin_r70a": {
        "units": "the city's 110 desk and its police together (市区110共受理…, 全市公安机关共侦破…), named with no "
        "place, are not read: the text falls back",
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "layout": "fallback, following from the units",
    },
    # Round 69 (issue 22): fresh development conference news, scored at the session's start and on arrival, before
    # any change for them (units 1/16 both, right unit 13/37 both).
    "dongguan_police_half_year_work_meeting_zhengfa_committee_guannews_2018_r69a": {
        "units": "the committee's secretary speaking (市委常委、政法委书记杨东来说) is not read: 政法委 has no place",
        "layout": "one body's news (single_court), following from the units",
    },
    "guangzhou_government_press_conference_justice_bureau_legal_affairs_office_chinadaily_2018_r69a": {
        "figures": "the bureau's figures follow its officer named alone (李沃生对…进行工作总结): they stand under none",
        "furniture": "the share buttons (分享) are not listed",
    },
    "new_taipei_public_security_briefing_police_health_bureau_fraud_interceptions_yahoo_trad_2025_r69a": {
        "figures": "the sums banks and shops stopped (各拦阻新臺幣500萬元), the truth's under none, stand under "
        "the city government, whose paragraph they are in",
    },
    "yangjiang_guangzhou_maritime_court_circuit_tribunal_symposium_pinyin_trad_mirror_2025_r69a": {
        "units": "the tribunal unveiled first (广州海事法院阳江巡回法庭) is read as the text's one court; the maritime "
        "court reporting (广州海事法院通报了…) and the bureaus and associations speaking (来自市司法局…等单位代表…"
        "畅所欲言) are not read",
        "figures": "the maritime court's figures stand under its tribunal",
        "layout": "one court's news (single_court), following from the units",
    },
    "guangzhou_dongguan_police_anti_vice_orientaldaily_trad_digest_2014_r61a": {
        "units": "the bureau its officer heads (广州市副市长、市公安局局长谢晓丹) is read by the place of his other "
        "post, 广州市公安局; the truth keeps it as written, 市公安局",
        "figures": "its figures stand under 广州市公安局, the truth's under 市公安局",
    },
    # Round 68 (issue 22): fresh development digests and features, collected late in the round and scored at the
    # session's start and before any change for them (units 5/16 both, right unit 14/48 both).
    "jiande_dayang_police_station_new_year_duty_feature_legal_daily_cctv_big5_trad_2012_r68a": {
        "figures": "the reporter's own drive (5個多小時) is not read as a figure",
        "furniture": "the portal's menu and widget lines (登录, 评分, 更多 今日话题) are not listed",
    },
    "mps_summer_night_patrol_first_operation_beijing_shanghai_yangtze_shipping_police_crntt_digest_2022_r68a": {
        "units": "the wire story's bodies turn by clause (北京…, 上海…, 沿江和长江航运公安机关…): read as the "
        "ministry's news alone",
        "figures": "the nation's counts (280万人次) go under the ministry the news comes from, no unit in the truth",
        "furniture": "the mirror's address and time line (http://www.CRNTT.com 2022-07-27 13:17:06) is not listed",
    },
    "wanzhou_longju_tribunal_backpack_court_feature_court_daily_ip_mirror_2013_r68a": {
        "units": "the high court in the feature's background (重庆市高级人民法院…124个) is read as a unit",
        "figures": "the high court's count goes under it, no unit in the truth",
        "layout": "court_clauses of the high court and the tribunal, where the truth reads the tribunal's feature",
    },
    "wuhan_police_summer_night_second_operation_huangpi_jiangxia_hongshan_garbled_trad_mirror_digest_2024_r68a": {
        "units": "the city's police are read as 全市公安机关 (the lead's words), the truth names them 武汉警方; a "
        "squadron under a district's traffic brigade (江夏区交通大队藏龙岛中队) is not read",
        "figures": "the squadron's counts (72處) stay with the city's police",
    },
    "yichang_five_police_stations_reporters_day_qiaohu_dongshan_sanxia_digest_r68a": {
        "figures": "the bus routes of a case's story (5路) are not read",
        "furniture": "the byline (记者申明 通讯员袁慧) is not listed",
    },
    "zhumadian_yicheng_xuesong_police_station_reporter_as_officer_feature_garbled_trad_mirror_2022_r68a": {
        "furniture": "the site's slogan line (不信谣不传谣 讲文明树新风 网络安全) is not listed",
    },
    # Round 67 (issue 22): fresh development work reports, statistics bulletins and tables, collected mid-round and
    # scored at the session's start and before any change for them (units 3/10 at the start, 8/10 before).
    "hk_lands_tribunal_caseload_glued_cells_table_trad_2009_2011_r67a": {
        "units": "the judiciary's list of its courts over the page (死因裁判法庭 at a line's head) is read as a unit",
        "figures": "the waiting times' table, a target spaced apart before glued years (目標200920102011 / 上訴案件 "
        "100 473732), is no glued table",
        "furniture": "the page's menu of annual-report sections (2011年大事記要 …) is not listed",
        "layout": "court_lines from the menu's court names, where the truth reads the one tribunal's page",
    },
    "taiwan_npa_statistics_monthly_public_order_assemblies_economic_cases_trad_2019_r67a": {
        "units": "the police named by their kind alone after a month's date (108 年 6 月警察機關查獲…) are not read",
        "figures": "估計 several words before a count (估計實際參加人數 226,585 人) makes no approximation; a "
        "duration in hours and minutes (8 小時 48 分) is no one figure",
        "layout": "fallback, following from the units",
    },
    # Round 66 (issue 22): fresh development conference news, collected after this round's other changes and scored
    # at the session's start and before any change for them (units 10/22 at the start, 12/22 before, figures 87/92).
    "mps_medical_insurance_fraud_crackdown_press_criminal_investigation_bureau_caijing_repost_2021_r66a": {
        "figures": "the ministry's counts go under its bureaus, whose officers speak after it",
        "layout": "read as a digest of the ministry and its bureaus, not a list of presenters",
    },
    "national_telecom_fraud_teleconference_mps_miit_three_years_pinyin_trad_spam_mirror_2018_r66a": {
        "units": "the ministry of industry acting with the police (公安部会同工信部…) is not read",
        "figures": "the nation's counts heard at the teleconference (全国共破获…31.5万起), no body's in the truth, go "
        "under the ministry of public security",
        "furniture": "the mirror's date and source line (2018年11月30日 11:17????信息来源:http…) is not listed",
    },
    "qingdao_bar_petition_committee_intermediate_court_exchange_duty_lawyers_r66a": {
        "units": "a committee and a court named by their speakers' posts in an excerpt that opens mid-article "
        "(周鹏主任首先介绍了涉法涉诉委员会…; 市中院…) are not read: the text falls back",
        "figures": "with no unit read, the committee's counts stand under none",
        "layout": "fallback, following from the units",
    },
    "sichuan_food_safety_joint_action_briefing_market_police_education_agriculture_cfoodw_2019_r66a": {
        "figures": "the province's totals, no body's in the truth, go under the first of the four bodies holding "
        "the briefing",
    },
    "taichung_public_security_safety_joint_meeting_police_report_anju_8news_repost_trad_2021_r66a": {
        "furniture": "the site's name line (八方新闻) is not listed",
        "figures": "the guns seized (槍4枝: a label of one character) are not read",
    },
    "taitung_prosecutors_police_joint_meeting_dinner_awards_drug_seizures_ettoday_trad_2025_r66a": {
        "units": "the county (台东县), by its place's name alone, is not read, and the police bureau called 警察局 "
        "later is a unit apart from 台东县警察局",
        "furniture": "a photo's caption and credit (▲台东警方破案绩优受肯定。(图/记者杨晨东翻摄)) is not listed",
        "layout": "read as a digest of the bodies, not a list of presenters",
    },
    "xiaogan_police_anti_gang_press_conference_police_courts_clauses_trad_repost_2010_r66a": {
        "units": "the courts opening a clause by their kind alone (人民法院…) are not read",
        "figures": "the courts' counts go under the police bureau",
        "furniture": "a share button's word (转发) is not listed",
    },
    # Round 65 (issue 22): fresh development features and short news of one body each, scored before any change
    # for them (units 2/7, figures 53/62, under the right unit 36, 7 false).
    "ankang_police_hundred_day_theft_fraud_drive_short_news_pinyin_trad_mirror_r65a": {
        "figures": "a count of linked cases by its own measure (10串502起: 10 series) is not read",
    },
    "ceheng_yangba_central_police_station_mountain_feature_fazhi_shenghuo_2024_r65a": {
        "figures": "a range split by 、 (连发3、4起警情) is not read as the truth's two bounds",
        "furniture": "a photo caption over its credit (民辅警在集市上巡逻。 ■通讯员 邹颖颖) is listed as the credit "
        "only",
    },
    "wuhan_arbitration_commission_first_quarter_cases_short_news_legaldaily_2021_r65a": {
        "furniture": "a site's report-line links (网上有害信息举报…) are not listed",
    },
    "xinyu_yushui_baoshilu_police_station_duty_day_feature_ifuun_mirror_trad_2018_r65a": {
        "figures": "counts of one in words (安排一名民警、一名协警) and a story's minutes (5分钟后) are not read",
    },
    "zhuji_taozhu_mediation_room_brand_rooms_feature_zjol_2017_r65a": {
        "units": "the room is read by its short name (陶朱调解室), whose key is not the truth's 陶朱街道调解室, and "
        "the mediator's own branded room (次坞晓良) is not read",
        "figures": "a range with 到 (平均每天受理2到3起) is not read as the truth's two bounds",
    },
    # Round 64 (issue 22): fresh development digests and conference news (three Taiwan items), scored before any
    # change for them (units 5/14, figures 49/51, under the right unit 13, 7 false, dates 4/6).
    "beijing_police_national_day_holiday_traffic_railway_police_110com_repost_2020_r64a": {
        "units": "the city's police (北京市公安局…通报, 北京警方…) and its traffic department opening a paragraph "
        "(市公安交管部门以…) are not read: the title's railway police (北京铁路警方) and 北京警方 alternate as the "
        "digest's heads",
        "figures": "the traffic department's and the city police's counts (日均部署警力4000余人) go under the railway "
        "police",
        "furniture": "a site's comment rules (请自觉遵守互联网相关的政策法规…) are not listed",
    },
    "chongqing_beibei_zhengfa_committee_top_ten_safety_guards_awards_ceremony_govsite_2022_r64a": {
        "figures": "a multiple after the year it exceeds (追赃挽损总额超2020年4倍) is not read",
    },
    "national_police_traffic_bureau_railway_police_bureau_spring_festival_yybnet_digest_2021_r64a": {
        "figures": "a fall the text gives to unnamed departments (据相关部门监测…下降约20%) goes under the traffic "
        "bureau, whose item it stands in",
    },
    "taichung_central_five_counties_mediation_forum_tanzi_committee_udn_trad_2025_r64a": {
        "units": "the forum's hosts (台中市政府法制局与潭子区公所主办), the city government its mayor speaks for and "
        "the judicial academy are not read: only the district's mediation committee",
        "layout": "single_court, following from the units",
    },
    "taipei_high_prosecutors_office_restorative_justice_screening_moj_protection_dept_ltn_trad_2025_r64a": {
        "units": "the ministry's protection department speaking through its officer (法务部保护司专门委员张哲铭则表示) "
        "is not read: only the high prosecutors office",
        "figures": "the department's counts (各地检署总计收案3122件) go under the high prosecutors office",
        "layout": "single_court, following from the units",
    },
    "taiwan_supreme_prosecutors_office_election_cases_hsinchu_vote_buying_yam_liberty_times_trad_2014_r64a": {
        "units": "the Hsinchu office acting in a later paragraph (昨天上午新竹地检署检察官…指挥) is not read: the "
        "supreme prosecutors office announcing the figures (…,最高检察署昨指出) is the text's one unit",
        "figures": "the Hsinchu office's figures stand under the supreme office",
        "furniture": "a related-links heading at the page's end (台北旅游新闻) is not listed",
    },
    # Round 63 (issue 22): fresh development short news, features and work reports of one body each, scored before
    # any change for them (units 3/6, figures 65/65, under the right unit 56, 10 false).
    "dalian_xigang_rixinjie_police_station_feature_zkxblog_repost_r63a": {
        "furniture": "the photo captions heading the page (日新街派出所旧址, …) are not listed",
    },
    "fuzhou_police_year_press_satisfaction_clearance_rates_iosapp77_trad_r63a": {
        "furniture": "the newspaper's closing credit (（福州日报记者 曾建兵 通讯员 榕公宣）) is not listed",
    },
    "wanning_court_civil_first_division_halfyear_jxxfw_mirror_r63a": {
        "furniture": "the mirror's heading over the excerpt (论文部分内容阅读) is not listed",
    },
    "wuyi_hushan_police_station_bike_theft_feature_zjol_2013_r63a": {
        "furniture": "the photo's caption above the text (民警在清点找回的自行车) is not listed",
    },
    # Round 62 (issue 22): fresh development conference news of courts and procuratorates, scored before any change
    # for them (units 6/13, figures 33/35, under the right unit 26, 6 false).
    "beijing_chaoyang_court_out_of_court_settlement_symposium_bar_association_site_2006_r62a": {
        "figures": "the attending law firms and their lawyers (来自北京市6家律师事务所的6位律师代表) go under the "
        "court",
    },
    "guangdong_procuratorate_anti_graft_bureau_twentieth_anniversary_symposium_sxccn_repost_2009_r62a": {
        "units": "the anti-graft bureau whose chief tells the figures (据广东省检察院反贪局长陈武介绍) is not read: "
        "局长 run into its short name (反贪局长) names no body",
        "figures": "the bureau's figures go under the province's procuratorate",
        "furniture": "the repost's date and hit-count line (2010-03-04 09:34:41 · 21次点击) is not listed",
        "layout": "single_court, following from the units",
    },
    "jiangsu_courts_juvenile_tribunals_commendation_meeting_high_court_23_collectives_mirror_2012_r62a": {
        "furniture": "the mirror's related-news links (·南宁市中院举办少年法庭开放日 …) are not listed",
    },
    "langfang_jingjinji_nineteen_border_courts_execution_coordination_second_meeting_pinyin_trad_2016_r62a": {
        "units": "the four courts that speak, each on its topic (三河市法院就…，廊坊市安次区法院就…), are never named "
        "again, so they come after the intermediate court whose officer speaks later",
    },
    "mianyang_procurators_work_meeting_city_procuratorate_rankings_awards_pinyin_trad_mirror_2021_r62a": {
        "furniture": "the reporter's closing credit (（绵阳日报社融媒体记者 安达福）) is not listed",
    },
    "spc_ip_press_hangzhou_ip_tribunal_zhejiang_high_court_10_cases_itaiwannews_repost_2016_r62a": {
        "units": "the truth's second unit, the court's IP tribunal (最高人民法院知识产权庭), has the court's own key, "
        "so one unit answers both",
        "figures": "a count of the headline and lead before a measure-less word (10大知识产权案件) is not read",
    },
    # Round 61 (issue 22): fresh development digests (five police roundups, a two-reports compilation), scored before
    # any change for them (units 11/17, figures 84/89, under the right unit 48, 1 false).
    "china_briefing_guiyang_police_arms_wenchang_police_rfa_trad_digest_2014_r61a": {
        "units": "the Dongguan bureau a chief's dismissal names (继市公安局局长…被免职后) is read as the first item's "
        "unit; the Wenchang police (海南省文昌市公安已刑事拘留…: 公安, no body's suffix) and the Japanese coast guard "
        "(日本海上保安厅表示) are not read",
        "figures": "every figure but the Guiyang police's first sentence's goes under that bureau",
    },
    "guangdong_hk_macau_thunder_sweep_shenzhen_zhuhai_police_cases_digest_2017_r61a": {
        "units": "the title's joint police of three regions (粤港澳警方) is read as a body, not the provincial "
        "department the news comes from (记者从广东省公安厅获悉)",
        "figures": "the operation's totals go under that joint name",
    },
    "guangdong_police_world_cup_betting_guangzhou_dongguan_yunfu_sohu_digest_2006_r61a": {
        "figures": "a count in words with no measure in a subheading (摧毁两网络赌球团伙) is not read",
    },
    "jiangsu_high_court_procuratorate_two_reports_xdkb_2017_r61a": {
        "figures": "the court's figures outside its president's paragraph (省高院依法审理“山西系列”…7名省部级被告人) "
        "go under the procuratorate",
        "furniture": "the newspaper's byline (现代快报/ZAKER南京记者 鹿伟) is not listed",
    },
    "ziyang_drug_day_press_police_procuratorate_courts_big5_trad_2022_r61a": {
        "units": "the city government's press office holding the conference (资阳市政府新闻办召开) is read as a unit "
        "beside the three bodies whose figures it gives",
        "figures": "the lead's figures of the city's narcotics committee go under that government",
        "furniture": "a photo's caption (新闻发布会现场) is not listed",
    },
    # Round 60 (issue 22): fresh development conference news of bodies that are no courts, scored before any change
    # for them (units 4/20, figures 71/77, under the right unit 50, 8 false).
    "kinmen_county_public_security_briefing_police_finance_youth_reports_community_awards_kmdn_trad_2021_r60a": {
        "units": "the county government holding the meeting (秘书长…主持金门县政府…治安会报) is not read, and the "
        "last two of the bodies heard (财政处及少年辅导委员会: a division, no body alone) are read as one name",
        "furniture": "an accessibility link (按Enter到主内容区) and the page's hit-count line are not listed",
    },
    "matsu_lienchiang_county_first_public_security_briefing_vote_buying_cases_forum_repost_trad_2012_r60a": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the county government convening (县府召开…治安会报) and the police telling its figures (警方指出…) "
        "are not read: the text falls back",
        "furniture": "a forum's breadcrumb line (马祖资讯网 » 新闻、布告 » 最新消息 | http://…) is not listed",
        "layout": "fallback, following from the units",
    },
    "taichung_police_anju_cannabis_drug_coffee_sweep_press_mayor_wufeng_team_corps_chinese_numerals_kingtop"
    "_trad_r60a": {
        "units": "the city (its mayor's totals), the branch's investigation team and the criminal investigation corps "
        "(雾峰分局侦查队长张汉章指出…) are not read: the branch is read alone, by the line announcing",
        "figures": "counts in Chinese numerals with a place's measure (十八县市) are not read",
        "furniture": "a site's promotion lines above the article (嘉义优鲜, 2024竹博览会…) are not listed",
    },
    "tianshui_road_accident_prevention_hundred_day_meeting_city_police_traffic_detachment_pinyin_trad_mirror"
    "_2008_r60a": {
        "figures": "the accidents' figures, told before the closing captions that credit the police bureau and the "
        "traffic detachment, go under no unit",
    },
    "yichang_police_summer_leihuo_press_six_presenters_drug_food_env_detachments_wechat_repost_2023_r60a": {
        "figures": "the detachments' figures, told under topics that never name who speaks, go under the bureau",
        "furniture": "a repost's pointing emoji (👇) after the host's line is not listed",
    },
    # Round 59 (issue 22): fresh development digests of several bodies' results, scored before any change for them
    # (units 5/27, figures 64/76, under the right unit 31, 7 false).
    "changan_net_zhengfa_news_digest_two_sessions_mps_theft_robbery_drive_xinjiang_police_2013_r59a": {
        "units": "the ministry and Xinjiang's police inspectors, each opening an item (记者日前从公安部获悉…, "
        "新疆维吾尔自治区公安督察部门…), are not read: a deputy's court quoted in the first item "
        "(山西省高级人民法院) is the one unit",
        "figures": "the ministry's counts go under that court",
        "furniture": "the items' links (详细》) are not listed",
    },
    "macau_psp_guangdong_hk_macau_joint_anticrime_op_karaoke_bus_checks_mirror_r59a": {
        "units": "the three regions' police acting together, whom the headline names (粤港澳警方), are read as the "
        "one unit: the Macau force opening the lead (治安警察局联同…), its department (治安警警务厅第一警务警司处) and "
        "司警 are not read",
        "figures": "counts in words (四间) are not read",
    },
    "national_police_qingwang_fugitive_drive_shaanxi_henan_guizhou_jinan_qinghai_tibet_railway_repost_2011_r59a": {
        "units": "贵州各级公安机关 and 山东济南警方, opening their clauses by a place's words (贵州全省共出动…, "
        "济南全市…), "
        "are not read",
        "figures": "a count with its measure's part in brackets (41万多人(次)) is not read; 陕西's counts before its "
        "bureau is named (陕西省11个市区公安局…) go under none",
    },
    "olympic_beijing_ring_police_checkpoints_mps_public_order_bureau_provinces_clauses_2008_r59a": {
        "units": "the ministry's public order bureau and provinces named alone opening clauses (山西、内蒙古…也…建成…, "
        "河北专门成立…) are not read: the ministry the reporter learnt from is the one unit",
        "figures": "their counts go under the ministry",
        "furniture": "the reporter's name glued after the dateline (本报北京9月11日讯记者柴黎) is not listed",
    },
    "taiwan_moj_administrative_enforcement_agency_double11_auction_branches_udn_trad_2025_r59a": {
        "units": "two branches named inside clauses (是新北分署执行…, 则是高雄分署受…) are not read",
        "figures": "the lead's national total (3.4亿元) goes to no unit: the agency is read from its next paragraph; "
        "the branches' figures go under the agency",
    },
    "taoyuan_police_spring_festival_thunder_sweep_taoyuan_dayuan_branches_udn_trad_2026_r59a": {
        "units": "the branch 桃园分局 is not read by itself, only its station (桃园分局中路派出所)",
        "figures": "a count in words before the first unit (百余名) goes to no unit",
        "furniture": "a slogan (※ 珍爱生命，向毒品说 NO！毒品) is not listed",
    },
    # Round 58 (issue 22): fresh development news of several bodies that are no courts (a press release of provinces'
    # bureaus, a survey of the political-legal systems, a national feature and roundup, Taiwan's prosecutors), scored
    # before any change for them (units 6/24, figures 79/86, under the right unit 63, 7 false).
    "china_saic_police_pyramid_selling_hundred_day_drive_provinces_word_numerals_2009_r58a": {
        "units": "the police department listed after the first bureau in the series' first clause (…山东省工商局…,"
        "省公安厅…；) and a province's two kinds of bodies together (山西省工商、公安机关) are not read",
        "figures": "省公安厅's count (十四件) goes under 山东省工商局, whose clause it shares; 浙江省工商局's (六件), "
        "after a comma in its clause, is not read",
        "furniture": "the comment link (我来说两句) is not listed",
    },
    "chongqing_eco_enforcement_justice_linkage_press_police_procuratorate_courts_mirror_2023_r58a": {
        "furniture": "a photo caption (新闻发布会现场。) is not listed",
    },
    "jiangxi_public_safety_survey_courts_procuratorates_satisfaction_wechat_repost_2019_r58a": {
        "units": "a city of a ranking list (景德镇) and the province's political-legal organs (全省政法机关) are read "
        "as units beside the two systems the truth gives",
        "figures": "the province's figures go under the ranking's city (景德镇), where the truth gives none; a figure "
        "the excerpt cuts inside its measure (0.49个百) is read as 0.49个",
        "furniture": "a mirror's link (查看原文) is not listed",
    },
    "national_drug_control_feature_police_procurators_courts_pinyin_trad_mirror_2023_r58a": {
        "units": "the courts (全国法院一审审结…), whose clause gives no figure, are not read",
        "figures": "a temperature (1000℃) is not read",
        "furniture": "the agency's reporters' line (新华社记者任沁沁、熊丰、齐琪) is not listed",
    },
    "national_police_national_day_mid_autumn_holiday_border_traffic_typhoon_forces_spam_mirror_trad_r58a": {
        "units": "the border inspection organs, traffic police, railway and aviation police and provinces' police "
        "opening their clauses (全国边检机关共检查…, 各地公安交管部门日均投入…) are not read: the ministry is the one "
        "unit",
        "figures": "their counts go under the ministry",
        "furniture": "a site's link (更多精彩内容请进入国内新闻) is not listed",
    },
    "taiwan_moj_vote_buying_landmines_district_prosecutors_offices_pinyin_trad_mirror_2007_r58a": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the ministry and the district prosecutors' offices a mainland mirror writes in quotation marks "
        "(台中“地检署”) are not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    # Round 57 (issue 22): fresh development roundups and meeting news, scored before any change for them (units
    # 10/40, figures 66/71, under the right unit 37, 8 false).
    "guangxi_road_safety_joint_meeting_first_quarter_accidents_office_report_2012_r57b": {
        "layout": "read as one body's news, not a list of presenters: the truth's one presenter is its office",
    },
    "hangzhou_police_olympic_gongjian_three_sweep_binjiang_liangzhu_transit_branch_digest_2008_r57a": {
        "units": "the city's police and the stations and branch each telling their arrests (余杭区良渚派出所…, 交通治安"
        "分局…) are not read: the provincial department whose deputy gave the order is read as the one unit",
        "figures": "万余名 is not read; the branch's counts go under the provincial department",
    },
    "qinglong_constitution_day_court_procuratorate_armed_forces_dept_caravan_digest_2021_r57a": {
        "figures": "the procuratorate's counts go under the armed forces department, which holds the event with the "
        "court and procuratorate it lists (人民武装部联合县人民法院、县人民检察院…开展): the body does not say where "
        "each speaks",
        "furniture": "a channel's breadcrumb (秦皇岛频道 > 县区新闻) is not listed",
    },
    "railway_police_spring_festival_touts_fugitives_huaihua_guiyang_lost_property_digest_r57a": {
        "units": "the railway police divisions and stations each telling a case (怀化铁路公安处芷江站…) are not read",
        "figures": "40.68万响 is not read; the divisions' counts go under the railway police",
        "furniture": "a related-links heading (>>相关) is not listed",
    },
    "railway_police_spring_travel_2019_ticket_touts_harbin_beijing_lanzhou_groups_zmd_digest_r57a": {
        "units": "the divisions named in two shared lists (北京、徐州、牡丹江等铁路公安处) and 哈尔滨铁路公安处 are "
        "not read",
        "furniture": "an e-paper's name line (驻马店日报数字报) is not listed",
    },
    "sihui_court_execution_difficulty_leading_group_meeting_land_police_bank_speak_r57b": {
        "units": "the court reporting as 我院 through its president (刘伊君院长通报了我院…) is not read",
    },
    "suqian_sucheng_procuratorate_plea_leniency_push_meeting_siyang_reports_2019_r57b": {
        "units": "the city's procuratorates together (全市检察机关), a meeting's subject, are read as a unit",
        "figures": "the host procuratorate's counts go under the city's procuratorates together; 约50分钟 and 4分钟 "
        "are not read",
    },
    "weinan_police_qinjian_huashan_one_crackdown_county_bureaus_digest_2018_r57a": {
        "units": "the city's bureau leading the drive (渭南市公安局在全市部署…) and two bureaus opening sentences of "
        "another paragraph (韩城市公安局…, 大荔县公安局…) are not read",
        "figures": "the city's drug-war counts and two county bureaus' go under the last branch of the list",
        "furniture": "a byline run together with no space (通讯员王海荣本报记者张燕) is not listed",
    },
    # Joined development in round 55 from the held-back set: a collector searching for tables of year rows named its
    # source and shape in its reply, and the figures it lost were diagnosed from it (counts of measures).
    "national_first_instance_cases_yearbook_2010_h9t": {
        "units": "the court system the yearbook's table is of (人民法院), named in its caption only, is not read: "
        "the text falls back",
        "figures": "the header lost, each cell's label is empty (the truth names the columns from the rows' sums)",
        "layout": "fallback, following from the units",
    },
    # Round 55 (issue 22): fresh development documents, tables flattened with single spaces, scored before any
    # change for them (units 6/7, figures 105/736, under the right unit 105, 527 false).
    "hk_police_traffic_accidents_by_region_monthly_multi_space_cells_table_2025_r55b": {
        "furniture": "the site's section title (交通统计数字) and source line (资料来源：香港警务处) are not listed",
    },
    "hk_road_traffic_accidents_by_region_severity_glued_year_header_table_1994_2003_r55b": {
        "figures": "the row head 所有区域 (包括离岛) keeps its bracket in the label, fourteen characters for a usable "
        "twelve",
    },
    "hk_technology_crime_yearly_totals_two_column_rows_career_site_2009_2017_trad_r55b": {
        "units": "the police credited as the figures' source in a closing line (资料来源：香港警务处) are not read: "
        "the text falls back",
        "furniture": "a site's label line (ResourcesStatistic Notice) is not listed",
        "layout": "fallback, following from the units",
    },
    "hk_traffic_accidents_by_district_council_comma_cells_table_2011_2020_r55b": {
        "furniture": "a chapter's heading (第七章交通意外) is not listed",
    },
    "macau_psp_annual_report_traffic_enforcement_one_line_rows_table_2013_2014_trad_r55b": {
        "figures": "a row's measure in brackets after its words (发出违例泊车告票 ( 张数 )) is not read",
        "furniture": "the report's running head (2014年报 Relatório Anual) is not listed",
    },
    "macau_yearbook_crime_groups_space_thousands_unheaded_years_table_2019_trad_r55a": {
        "figures": "the first row, whose label the copy lost, gets no label (the truth names it 罪案总数)",
        "furniture": "a search widget's line (• 没有找到结果。) is not listed",
    },
    # Truths that leave out a jurisdiction's basic courts reporting together, which the library's convention counts
    # as a part with words of its own (data/library/README.md) and seven other truths list: read as a unit.
    "city_court_speech_placeholder_x": {
        "units": "the basic courts reporting together (各基层法院汇报了工作情况) are read as a unit the truth "
        "leaves out",
    },
    "wenzhou_renda_report_2022": {
        "units": "the basic courts speaking in pairs (各基层法院由院长领衔两两组队交流发言) are read as a unit the "
        "truth leaves out",
    },
    "zibo_tribunal_observation": {
        "units": "the basic courts handing in written reports (各基层法院提交了…书面报告) are read as a unit the truth "
        "leaves out",
    },
    # Round 46 (issue 22): fresh development documents, scored before any change for them (units 7/15).
    "daye_huangmei_procuratorates_civil_admin_public_interest_exchange_visit_r46a": {
        "units": "the visiting procuratorate that only asks questions (黄梅县人民检察院) is read as a unit",
        "figures": "the visiting party's size (一行10人) goes under the host, where the truth gives it none",
    },
    "jingzhou_zhengfa_organs_2025_review_comprehensive_governance_centres_pinyin_trad_r46a": {
        "units": "a city's political-legal organs together (湖北荆州政法机关), the feature's subject, are not read: "
        "the text falls back",
        "layout": "fallback, following from the units",
        "furniture": "the byline of a paper's reporter with pinyin inside (法治日报全媒体记者 刘欢 通讯员…) and a "
        "photo caption (图为石首市综治中心接待群众。) are not listed",
    },
    "ningbo_zhengfa_organs_2016_year_review_police_courts_procuratorates_percentages_r46a": {
        "figures": "a count of areas written 6大 (在6大重点行业领域) is not read",
    },
    "shengzhou_yearbook_zhengfa_overview_sections_ping_an_publicity_2013_r46a": {
        "units": "a city's political-legal front together (全市政法战线), the yearbook's subject, is not read: the "
        "text falls back",
        "figures": "a thousand in words alone (千幅公益宣传牌) is not read",
        "layout": "fallback, following from the units",
    },
    # Round 54 (issue 22): fresh development documents, scored before any change for them (units 20/48,
    # figures 56/59, under the right unit 34, 4 false).
    "gansu_procuratorate_work_bulletin_province_news_local_news_spaced_headings_r54b": {
        "units": "the provincial government a meeting's news names (甘肃省政府) is read as a unit",
        "figures": "a count in the provincial procuratorate's item (48名) goes under no unit",
    },
    "jiangsu_npc_three_reports_standing_committee_court_procuratorate_pinyin_trad_2007_r54a": {
        "units": "the standing committee whose deputy head reports (王寿亭作江苏省人大常委会工作报告) is not read as a "
        "unit",
    },
    "jiangsu_police_summer_crackdown_suzhou_nanjing_suqian_cctv_2023_r54b": {
        "units": "the ministry a drive is the campaign of (公安部) is read as a unit; a station of an anecdote "
        "(枫桥派出所) and cities' police named as 公安机关 (苏州公安机关, 宿迁市公安机关) are not",
        "figures": "Suqian's police's figures (81个) go under the Suzhou branch named before them",
        "furniture": "a script's word alone on a line (layer) is not listed",
    },
    "jiangxian_standing_committee_court_procuratorate_reports_assessors_2018_r54a": {
        "units": "the county government and procuratorate reporting to the standing committee in turn are not read: "
        "the court is the one unit",
        "figures": "the assessors the committee appoints (37位) go under the court, where the truth gives them none",
        "layout": "read as one court's news, not a list of presenters",
    },
    "jilin_city_two_level_courts_constitution_week_headed_sections_spam_mirror_2022_r54b": {
        "units": "a development zone's court heading the second section (吉林高新技术产业开发区人民法院) is not read",
    },
    "liangyuan_court_police_branch_refusal_enforcement_brigade_launch_r54a": {
        "units": "the city bureau whose branch takes part (商丘市公安局) is read as a unit of its own",
        "layout": "read as one court's news, not a list of presenters",
    },
    "lishui_court_filing_division_traffic_police_mediation_committee_forum_2021_r54a": {
        "units": "the traffic police brigade and the mediation committee meeting with the court are not read",
        "furniture": "the column's name under the breadcrumb (法院快讯) is read into the court's text",
        "layout": "read as one court's news, not a list of presenters",
    },
    "luoyang_hightech_court_police_tribunal_station_press_2023_r54a": {
        "units": "a development zone's court (高新法院), a branch by its district (市公安局伊滨分局, read as "
        "市公安局) and a station whose officer is an instructor (李村派出所教导员) are not read",
        "figures": "a count of residents in 万 with no measure after it (16.8万) is not read as people",
    },
    "qiandongnan_constitution_day_prefecture_departments_kaili_fifteen_counties_legaldaily_webvpn_r54b": {
        "units": "the prefecture's departments holding the event together with the city's bodies (…州司法局、黔东南州"
        "公安局等州直部门及凯里市150余家相关单位,在…举行) are not read: the text falls back",
        "figures": "a count of counties (其余15县) is not read: 县 is no measure",
    },
    "qinghai_police_national_day_holiday_traffic_railway_airport_pinyin_trad_2024_r54b": {
        "figures": "the airport police's figures stand under the railway police before them",
        "units": "of the province's police and their branches of traffic, railway and airport (青海各级公安机关, "
        "公安交管部门, 铁路公安机关, 机场公安机关) the railway police and the province's together are read, "
        "the traffic and airport police not",
    },
    "shangcheng_court_police_traffic_dispute_centre_visit_halfyear_2022_r54a": {
        "units": "the court is read as 商城法院, where the truth writes 县法院; the county police and the centre the "
        "visit sees are not read",
        "figures": "the centre's figures go under the court",
        "layout": "read as one court's news, not a list of presenters",
    },
    "tuanfeng_court_procuratorate_civil_administrative_forum_spam_mirror_r54a": {
        "furniture": "a spam site's name alone on a line (DC娱乐网) is not listed",
    },
    "yuxi_diqing_justice_bureaus_tibet_aid_exchange_trad_2013_r54a": {
        "units": "the two bureaus are read in the order their heads speak (玉溪市司法局 first), not the truth's, "
        "which gives the delegation leading the lead (迪庆州司法局局长鲁茸率…) first",
        "figures": "the delegation's size in the lead (一行14人) goes to no unit: the first speaker comes after it",
        "furniture": "a table's bar alone on a line (|) is not listed",
    },
    # Round 53 (issue 22): fresh development documents, scored before any change for them (units 5/24,
    # figures 206/221, under the right unit 161, 26 false).
    "changhua_police_vehicles_ceremony_fraud_figures_station_rebuild_costs_yahoo_trad_2025_r53b": {
        "units": "the county government, its police bureau and traffic corps (縣府, 縣警察局, 交通隊) are not read; "
        "the police stations to be rebuilt (員林分局林厝派出所, …) are read as units",
        "figures": "the stations' rebuilding costs (4,600多萬元) go under a station, where the truth gives them to the "
        "county government",
    },
    "chiayi_city_police_2006_crime_clearance_rates_epochtimes_trad_2007_r53b": {
        "figures": "a count in 萬 and thousands with a space before its measure (4萬5,000 輛) is read as two numbers; "
        "a 民国 year before the city's name (95 年嘉義市) is read as a count of years",
        "furniture": "the site's logo line (site logo: www.epochtimes.com) is not listed",
    },
    "chongqing_police_year_results_bulletin_security_feeling_2020_r53a": {
        "figures": "a count of kinds (13类) is not read: 类 is no measure the parser knows",
        "furniture": "the client's name after a photo's credit (华龙网-新重庆客户端) is not listed; a subheading the "
        "paragraph below repeats (办理涉疫案件686件) is listed as a caption",
    },
    "hong_kong_police_2017_crime_figures_mingpao_canada_trad_2018_r53b": {
        "figures": "a count after a comparison's words (較2016年的…,減少433宗) has no usable label",
    },
    "jingbian_justice_bureau_year_tasks_report_to_people_notary_lawyers_legal_aid_mediation_2017_r53a": {
        "units": "the bureau's own offices and the collectives the truth counts (公证处, 秦靖律师事务所, "
        "县法律援助中心, 全县各镇调委会, …) are not read: the bureau is the one unit",
        "figures": "the offices' figures go under the bureau",
    },
    "shenzhen_legal_aid_bodies_eight_into_three_join_year_cases_comma_thousands_2010_r53a": {
        "units": "a city's legal aid bodies together (全市法律援助机构), named once, are not read: the text falls back",
        "furniture": "an attachments' heading with nothing under it (附件下载:) is not listed",
        "layout": "fallback, following from the units",
    },
    "taichung_mediation_national_awards_roc109_legal_affairs_bureau_mayor_kingtop_trad_r53b": {
        "figures": "the city's figures stand under its legal affairs bureau",
        "units": "the city (臺中市) is not read: the legal affairs bureau announcing (法制局表示) is the text's "
        "one unit",
        "furniture": "a site's banner line (114全运在云林) is not listed",
        "layout": "one body's news (single_court), following from the units",
    },
    "xuzhou_police_110_year_calls_bulletin_valid_calls_types_2017_r53a": {
        "figures": "a share in words (近半数) is not read",
        "furniture": "a comment box's label alone (评论:) is not listed",
    },
    # Round 52 (issue 22): fresh development documents, scored before any change for them (units 9/25,
    # figures 97/99, under the right unit 80, 8 false).
    "beijing_ip_court_first_year_caseload_beijing_daily_repost_2015_r52b": {
        "furniture": "a portal's link alone on a line (移动新媒体) is not listed",
    },
    "jianshi_red_flag_justice_offices_acceptance_three_offices_clauses_mojibake_2017_r52a": {
        "figures": "the offices' figures stand under the provincial department that leads the text, or the bureau",
        "units": "the county's three offices each given a clause by a short name (长梁所针对…;高坪所创新…;景阳所将…) "
        "are not read; the provincial department leading the first line is read as a unit",
        "furniture": "an error page's text garbled by a wrong encoding (瀵逛笉璧凤…) is not listed",
    },
    "jiaoqu_four_offices_one_tribunal_one_centre_joint_mediation_publicity_six_bodies_r52a": {
        "figures": "the joint event's counts (120份, 30人次) go under the first of its six hosts, where the truth "
        "gives them none",
    },
    "macao_judicial_aid_commission_move_2015_enquiries_applications_govmo_2016_r52b": {
        "figures": "a count in words of rooms (两个接待室) is not read",
    },
    "panyu_justice_bureau_community_correction_open_day_2019_r52b": {
        "figures": "the attendance (70多人) in the sentence before the bureau's visited centre goes under no unit",
        "furniture": "a site's search link alone on a line (搜索) is not listed",
    },
    "xiangyang_police_community_officers_spring_festival_stations_captions_pinyin_trad_2023_r52a": {
        "units": "a scenic town (襄阳关圣古镇, where officers stand guard) is read as a unit, and a station whose "
        "county the mirror garbles (馬良派出所) is not read",
        "figures": "the city bureau's count (3558名) goes under the station named before it",
    },
    "zibo_changan_cup_governance_experience_page_zhangdian_first_piece_2017_r52a": {
        "units": "a district presenting its governance (张店区…) is not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    # Round 51 (issue 22): fresh development documents, scored before any change for them (units 28/57,
    # figures 58/59, under the right unit 16, 7 false).
    "ankang_police_110_weekly_dispatch_speed_shares_2846_alarms_r51a": {
        "units": "the collectives the truth counts as units (全市公安机关, 中心城区各单位, 各县公安局) and a station "
        "named only as ranking last (大河派出所) are not read",
        "figures": "the collectives' figures go under no unit or under the district or station named before them",
    },
    "anxiang_county_drug_control_push_meeting_police_office_reports_2010_r51b": {
        "figures": "the police's figures, told after the second officer's clause (县禁毒办主任王建国汇报了…。"
        "今年上半年…), go under 县禁毒办",
    },
    "fuzhou_npc_police_stations_review_meeting_counties_clauses_2009_r51b": {
        "units": "the two examples a sentence opens with 如 (如连江县综合得分…；台江区洋中派出所建立…) are not read as "
        "units (the four districts and counties of the sentence before are)",
        "figures": "连江县's figures go under the standing committee",
    },
    "spp_provincial_procurators_general_debriefing_eight_provinces_crntt_trad_2015_r51b": {
        "units": "the procuratorate heard (向最高人民检察院作述职述廉报告) is not read as a unit, which the truth "
        "counts",
        "figures": "the number of heads reporting (8名省级检察院检察长) goes under the last of them",
        "furniture": "a URL with the page's date and time (http://www.CRNTT.com   2015-01-27 09:47:40) is not listed",
        "layout": "the heads reporting in turn are read as a digest's items, not a list of presenters",
    },
    "spp_provincial_procurators_general_debriefing_ten_provinces_cnr_sohu_2011_r51b": {
        "figures": "counts of the heads and the bodies reporting (10位) go under 最高人民检察院, where the truth gives "
        "them none",
    },
    "weinan_police_bureau_departments_debriefing_review_six_detachments_pinyin_trad_2018_r51b": {
        "figures": "the meeting's audience (140余人) and the count of departments reporting (6个) go under the bureau "
        "holding it, where the truth gives them none",
        "furniture": "a slogan banner (喜迎二十大 忠诚保平安 奋进新征程 建功新时代) is not listed",
    },
    "yongding_police_branch_units_double_debriefing_32_units_pinyin_trad_2016_r51b": {
        "units": "the branch whose units report in turn (永定区公安分局), whose head sums the day up, is not read",
        "figures": "the audience's size (20余人) goes under the station that reported first",
        "layout": "read as the station's news, not a list of presenters",
    },
    "zhabei_justice_bureau_chief_seven_law_firms_visit_lawyers_site_mirror_trad_r51b": {
        "furniture": "a footer cut inside its words (上海市律) is not listed",
    },
    # Round 50 (issue 22): fresh tables of years, scored before any change for them (figures 202/549, 134 false).
    "hk_crime_stats_2009_vs_2001_year_columns_blog_repost_eth_spam_mirror_trad_r50a": {
        "units": "the police force whose statistics a blogger reposts (香港警務處) is not read: the text falls back",
        "figures": "a multiple in words (倍半, one and a half times) and signed changes are not read",
        "furniture": "a spam mirror's wallet banner (ETH官方錢包) is not listed",
        "layout": "fallback, following from the units",
    },
    "hk_labour_relations_division_claims_year_rows_cell_lines_table_2019_2023_trad_r50a": {
        "units": "the division a table is of (勞資關係科, named only in its title) is not read: the text falls back",
        "figures": "counts in a table one cell a line whose measure is only the note's (每宗申索聲請) are not read",
        "layout": "fallback, following from the units",
    },
    "hk_police_crime_comparison_jan_jun_pipe_table_2023_2024_trad_r50a": {
        "figures": "the header's years written in words, one a line above the table (二零二三年 (一月至六月) |), give "
        "its columns no year",
    },
    "hk_police_in_figures_2008_2012_2013_cell_lines_table_trad_r50a": {
        "figures": "cells one a line with a note's mark between them (423 / (1) / 432 / (1)) are not read as a row",
    },
    "huadu_court_traffic_accident_claims_white_paper_year_columns_table_2008_2013_r50a": {
        "figures": "a table's row named for a count with no measure (收案数量 | 515 | 772 …) gives its cells none, and "
        "a count in the prose before it gets no usable label",
    },
    "taiwan_npa_six_cities_criminal_cases_monthly_rows_table_2020_2021_trad_r50a": {
        "figures": "rows labelled by month (109年 10月) give their cells a label with the month's digits "
        "(10月·新北市), no usable label",
    },
    # Round 49 (issue 22): fresh development documents, scored before any change for them.
    "tainan_theft_rate_six_municipalities_police_criminal_corps_ptt_mirror_chinese_numerals_trad_2013_r49a": {
        "units": "cities ranked by their police's figures (高雄、台北、桃園、台中, with 台南市刑大) are not read: the "
        "text falls back",
        "figures": "a number in words broken over two lines (四百六十\\n九點八六件) is read from its second line only",
        "furniture": "a newspaper page's address alone on a line (http://www.cdns.com.tw/…htm) is not listed",
        "layout": "fallback, following from the units",
    },
    "taiwan_counties_drunk_driving_casualties_police_enforcement_association_yahoo_trad_2025_r49a": {
        "units": "counties are read in the order their clauses give figures, not the lead's list's (金門、宜蘭、"
        "雲林…), and two named inside another's clause (台中市與台南市分別…, 則為連江縣) are not read",
        "figures": "a county's figures inside another's sentence (…澎湖縣…,桃園市100人) go under the county opening it",
    },
    "taiwan_six_municipalities_drunk_driving_enforcement_police_traffic_corps_trad_2024_r49a": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the national police agency and the cities' traffic corps (警政署, 北市警察局交通大隊, 新北交大, "
        "高雄警方) are not read: the text falls back",
        "furniture": "a table's credit line (制表╱地方社會中心) is not listed",
        "layout": "fallback, following from the units",
    },
    "taiwan_six_municipalities_police_fraud_clearance_rates_ranking_ltn_trad_2024_r49a": {
        "figures": "counts with no measure in a list whose last count has it (4026、2533件) are not read",
        "furniture": "a portal's menu of sections on one line (即時 熱門 政治 …) is not listed",
    },
    "yilan_township_mediation_committees_roc110_success_rate_offices_udn_trad_2022_r49a": {
        "furniture": "a page's stray word alone on a line (test) is not listed",
    },
    "zhongjiang_police_urban_safety_index_three_stations_scores_communities_estates_2018_r49a": {
        "furniture": "a site's self-promotion paragraph (中江新闻，有家乡新鲜事…) is not listed",
    },
    "guizhou_high_court_tribunal_typical_cases_press_xishui_donghuang_2025_r49b": {
        "units": "the one case's tribunal heading its item (案(事)例一:习水县法院东皇人民法庭…) in an excerpt cut "
        "after it is not read; the high court releasing the cases is",
        "initiatives": "follows from the units",
        "figures": "follows from the units",
    },
    "national_justice_department_heads_changsha_forum_beijing_bureau_digest_trad_r49b": {
        "layout": "read as one body's news",
    },
    # Round 48 (issue 22): fresh digests, scored before any change for them (units 5/26, under the right unit 25/57).
    "guangxi_police_snowstorm_relief_mobilisation_cities_counties_pinyin_trad_2008_r48a": {
        "units": "police forces named acting, with no figure (桂林、河池市公安機關加強…協作; 桂林市全州縣、河池市南丹縣"
        "公安交警…執勤), are not read",
        "figures": "the region's count of people hit by the disaster (1300多萬人, no body's) goes under "
        "广西壮族自治区公安厅",
    },
    "guangxi_police_spring_festival_region_guilin_sohu_digest_2010_r48a": {
        "figures": "the opening paragraph's count (3万余名公安民警), before either body opens a paragraph, goes under "
        "none",
        "furniture": "the portal's name alone on the first line (搜狐网站) is not listed",
    },
    "guizhou_wuhan_police_drug_destruction_cctv_two_bodies_digest_2009_r48a": {
        "figures": "a number whose measure the page lost (冰毒84) is not read",
    },
    "qiandongnan_zhengfa_bodies_satisfaction_rates_year_review_trad_digest_2012_r48a": {
        "units": "the prefecture's political-legal organs together (黔東南全州政法機關), whose rate opens the review, "
        "are not read",
        "figures": "a count of counties (10個縣) gets no usable label",
    },
    "shenzhen_ten_legal_events_candidates_recommending_bureaus_numbered_digest_2015_r48a": {
        "figures": "a count of people written with 万 and no measure (1200万 参保人) is not read",
    },
    "tibet_procuratorates_public_interest_litigation_halfyear_prefecture_top_three_clauses_digest_2018_r48a": {
        "units": "three procuratorates opening clauses of the last paragraph with no figure (林芝市检察院与林业部门"
        "联手…) are not read",
    },
    # Round 47 (issue 22): fresh development documents, scored before any change for them (units 7/19).
    "lianjiang_justice_admin_work_meeting_mediation_legal_aid_notary_2004_r47a": {
        "units": "the county-level city's own bureau (市司法局, of 我市 廉江) is read as the prefecture's "
        "(湛江市司法局), whose chief spoke at the meeting",
        "figures": "follows from the units (the awards' counts go under 湛江市司法局)",
    },
    "lincang_courts_targets_meeting_eight_basic_courts_exchange_topics_2022_r47a": {
        "units": "the city's courts together (全市法院) are read as a unit beside the eight basic courts presenting "
        "unnamed (8家基层法院…作交流发言)",
        "figures": "their count (8家) goes under 全市法院",
        "layout": "single_court, following from the units",
    },
    "zhaoqing_four_police_bureaus_dinghu_sihui_guangning_dawang_liaison_forum_r47a": {
        "figures": "a count of places written 四地 (鼎湖、四会、广宁、大旺四地警方) is not read",
        "furniture": "a link's teaser glued to the last paragraph (?点击链接了解: …) is not found inside the line",
    },
    # Round 45 (issue 22): fresh development documents, scored before any change for them (units 4/28).
    "fujian_courts_ecology_trial_work_conference_zhangzhou_demo_bases_mirror_r45a": {
        "units": "the truth names the high court 省高院 as the text's shortest form; the parser reads 福建高院 as "
        "福建省高级人民法院 and the court approving a research base (最高人民法院) as a unit",
        "figures": "follows from the units (the count of demonstration bases, 7个, goes under 最高人民法院)",
        "layout": "court_clauses, following from the units",
        "furniture": "a mirror's unrelated section label (上海新闻) is not listed",
    },
    "fujian_courts_forestry_ecology_tribunals_zherong_nanjing_zhangzhou_feature_r45a": {
        "units": "the high court named bare (省高院) and 漳州中院, whose clause gives the count of its basic courts "
        "(漳州中院…4个基层法院), are not read",
        "figures": "that count (4个) goes under 南靖县法院",
    },
    "harbin_courts_economic_trials_yearbook_spaced_thousands_letter_o_1996_r45b": {
        "units": "a district court named for an award it won (动力区法院), with no figure, is not read",
    },
    "jianhe_county_safety_satisfaction_zhengfa_bodies_rates_trad_2016_r45b": {
        "units": "bodies named bare in a list of clauses after a colon (公安局97.29%,全州第9位;檢察院98.78%…) are "
        "not read but the first (公安局), beside the organs together (政法机关)",
        "figures": "a rate written with no measure (萬人發案率11.43) is not read",
    },
    "meizhou_safety_satisfaction_survey_bodies_scores_spam_mirror_2021_r45b": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "bodies named bare, each opening a clause of a list (检察院工作得分94.63分…；公安工作得分…), and the "
        "truth's 公安机关 for 公安工作, are not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    "moj_lawyers_statistics_pinyin_mojibake_trad_mirror_2020_r45b": {
        "units": "the ministry (司法部), named only in the source line and the data's title, is not read: the text "
        "falls back",
        "layout": "fallback, following from the units",
        "furniture": "a mirror's dateline (Law-lib.com 2021-6-15 10:04:53 司法部官网) is not listed",
    },
    "national_police_stations_meeting_adv_comment_inside_number_2006_r45b": {
        "figures": "the lead's figure before the vice-minister speaks (全国公安派出所破案达170余万起) goes to no unit "
        "where the truth gives it to 公安部",
    },
    "quzhou_police_year_report_to_people_sections_data_lines_2014_r45a": {
        "units": "a police branch named by its local name (柯山分局), not a division's, is not read",
        "figures": "the headline's and the lead's figures (24个, 2700名) go to no unit, and the city's rates after "
        "开化县公安局's clause (8.24%, 2.41%) go under it",
    },
    "shandong_city_courts_yearbook_hard_wrapped_trial_sections_1996_r45b": {
        "units": "the collective named once as the yearbook's subject (市、县两级法院) is not read: the text"
        " falls back",
        "layout": "fallback, following from the units",
    },
    "shandong_oilfield_city_courts_yearbook_trial_sections_1994_r45b": {
        "units": "the truth gives the collective's figures to the court named bare once (中院取得了…), as the corpus's "
        "rule says; the parser keeps the collective (全市两级法院) the text speaks of throughout",
        "figures": "follows from the units",
    },
    "shaoyang_shuangqing_police_branch_autumn_winter_campaign_press_pinyin_trad_2015_r45a": {
        "furniture": "two photo captions at the head of the text (市公安局召开新闻发布会。) are not listed",
    },
    "zhangzhou_justice_bureaus_family_neighbour_disputes_mediation_sections_r45a": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the city's bureau (市司法局) speaking for the justice administration the lead names "
        "(漳州市司法行政机关), a county bureau of an example (县司法局) and the county bureaus together are not "
        "read: the text falls back",
        "layout": "fallback, following from the units",
    },
    # Round 44 (issue 22): fresh development documents, scored before any change for them (units 10/45).
    "gansu_high_court_work_report_three_direct_courts_2025_r44b": {
        "furniture": "a mirror's line giving the original title (原标题：…) is not listed",
    },
    "luan_procuratorate_work_report_2022_jinzhai_cult_case_broken_session_line_r44b": {
        "figures": "a count whose measure the page lost (…妨害社会管理秩序犯罪2461。) is not read",
    },
    "pingtung_county_mediation_legal_aid_awards_committees_trad_2025_r44a": {
        "units": "two township mediation committees and the county's civil affairs division awarded in turn are "
        "not read",
        "figures": "their figures go under the county government",
        "furniture": "a date line in Latin letters (date 2025-10-01) is not listed",
    },
    "taipei_police_branches_solve_rates_councillor_seo_spam_trad_2013_r44a": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the city police's branches ranked by their solve rates (中正二、大同和文山一分局; "
        "士林分局,为七三.一%) are not read: the text falls back",
        "furniture": "the spam site's words injected on lines of their own (室内设计, 病床…) are not listed",
        "layout": "fallback, following from the units",
    },
    "taiwan_correction_agency_overcrowding_report_judicial_reform_conference_transcript_trad_2017_r44a": {
        "units": "the prison the correction agency names (桃园监狱) is not read (the agency, 由矫正署来作…报告, is)",
        "figures": "an approximate count in words (约十六个) is not read approximate",
        "furniture": "the transcript site's note (这是总统府司法改革国是会议的SayIt…) is not listed",
    },
    "taiwan_district_prosecutors_offices_workload_ranking_follaw_trad_2015_r44a": {
        "units": "district prosecutors' offices ranked by caseload (金门地检署…79件最多,苗栗地检署和新北地检署"
        "分别以58、57件…) are not read: fallback (read once as the last named, 连江 a mainland county's name too)",
        "figures": "their figures stand under the fallback's one unit",
        "layout": "read as fallback",
        "furniture": "a breadcrumb opening with Home (Home > 关键数据 > …) is not listed",
    },
    "taiwan_local_administrative_divisions_judges_caseload_ratios_pnn_commentary_trad_2017_r44a": {
        "units": "four district courts sharing one suffix (新北、桃园、台中、改制前高雄地院) are not read; an "
        "administrative court is taken for the one unit",
        "figures": "an approximate count (几乎都是2人) is not read approximate",
        "furniture": "a footnote's mark ([1]) is not listed",
    },
    "taiwan_prisons_overcrowding_kaohsiung_womens_taichung_udn_feature_trad_2025_r44a": {
        "units": "the women's prison and the correction agency (高雄女子监狱, 法务部矫正署) are not read beside the "
        "Taichung prison",
        "figures": "their figures go under the Taichung prison",
        "furniture": "a stray word (data) on a line of its own is not listed",
    },
    "yilan_county_meeting_mediation_offices_chinese_numerals_trad_roc113_r44a": {
        "figures": "the national rate the county's is compared with (百分之八十三點二) goes under the county "
        "government",
    },
    # Round 43 (issue 22): fresh development documents, scored before any change for them (units 19/39).
    "ankang_business_environment_press_court_police_justice_pinyin_trad_2023_r43a": {
        "units": "the city government's news office holding the press conference is read as a unit the truth "
        "leaves out",
    },
    "baoding_police_sharp_sword_drive_press_county_bureaus_clauses_2010_r43b": {
        "units": "the city bureau holding the press conference (保定市公安局), a county-level city's bureau acting on "
        "a date (5月27日,涿州市公安局…) and bodies named in a release's quoted title are not read",
        "figures": "a bound written before its count (不少于20人) is not read",
    },
    "chengdu_procuratorate_railway_court_eco_justice_press_2025_r43a": {
        "units": "a procuratorate acting jointly with a court (成都市人民检察院联合成都铁路运输中级法院…) is not read",
        "figures": "the joint figures go under the court, where the truth gives them to the procuratorate",
        "furniture": "a video site's caption line (B站影视 内地电影 …) is not listed",
        "layout": "read as one court's news, not a list of presenters",
    },
    "chongqing_district_drug_control_offices_place_headed_lines_digest_r43b": {
        "units": "a county's office under its county's head line (彭水县 / 彭水自治县禁毒办) is not read, and two "
        "of its towns heading lines of their own are read as units",
    },
    "fujian_refusal_to_execute_press_zhengfa_committee_high_court_2018_r43a": {
        "units": "the summary above the speakers' list (全省法院共判处拒执罪439件…) gives the court a passage before "
        "the political-legal committee the list names first",
    },
    "jiangxi_ip_week_press_market_copyright_police_courts_procurators_2021_r43a": {
        "units": "three of five bodies speaking at a press conference by their officers' words (…处长阙米秋说) "
        "are not read",
        "figures": "the procuratorate's figures follow the courts' and go under them",
        "furniture": "a photo caption with its photographer (…吴鹏泉 摄) is not listed",
        "layout": "read as one court's news, not a list of presenters",
    },
    "province_business_environment_press_qa_high_court_procuratorate_police_justice_trad_r43a": {
        "figures": "a body's answers (问：全省法院… 答：…) are not given to the body answering",
    },
    "qingyang_saohei_press_office_procuratorate_discipline_organisation_pinyin_trad_r43a": {
        "units": "the list's bodies are never named again, so the procuratorate's clause (检察机关共批准逮捕…) "
        "reads it before the anti-gang office the list names first",
        "figures": "each listed body introduced a topic in turn (分别介绍了…总体情况、…起诉…情况…) that the paragraphs "
        "after it never name the body for: their figures go under no unit",
    },
    "yunnan_rule_of_law_satisfaction_survey_press_seven_presenters_transcript_r43a": {
        "units": "of the speakers introduced one a line, an officer of two bodies is read under the body of the "
        "last post (…办公室成员,云南省司法厅副厅长彭国军先生), where the truth gives the first, and two county "
        "and city heads (…人民政府市长浦泰先生) are not read",
        "furniture": "the host's line (…宗霞主持新闻发布会) is not listed",
    },
    # Round 42 (issue 22): fresh development documents, scored before any change for them (units 10/17).
    "bayannur_two_level_courts_year_review_deputies_mediation_month_basic_courts_2025_r42b": {
        "furniture": "a heading the truth lists as furniture (代表委员参与调解案件) is not listed",
    },
    "forestry_cases_by_type_2014_2018_paper_cell_lines_table_r42a": {
        "figures": "a column counted in either of two measures (非法运输木材(次、起)) is read in the first (次), "
        "where the truth reads the second (起)",
    },
    "guangzhou_eleven_basic_courts_litigation_centres_visit_evaluation_huangpu_feature_2021_r42b": {
        "units": "three courts named only in a ranking (白云、从化、南沙法院) are read as units besides the one "
        "visited",
    },
    "qiandongnan_courts_five_years_review_intermediate_court_share_captions_r42b": {
        "units": "the intermediate court named by its level alone (州中级法院), which speaks for the prefecture's "
        "courts (黔东南州法院, 全州法院), is not read: a court of a photo caption is taken for the one unit",
        "furniture": "the photo captions (2016年10月12日在天柱法院大楼前…) are not listed",
    },
    "tongliao_courts_people_tribunals_five_years_kailu_huolinguole_kulun_sections_r42b": {
        "units": "the intermediate court by its level alone (市中院) speaking for the city's courts (通辽法院), a "
        "county-level city standing for its court (霍林郭勒市成立…) and a county's tribunal (开鲁县大榆树法庭) are "
        "not read",
        "figures": "the collective's figures go under its name (通辽法院), not the intermediate court's",
    },
    "xiangxi_prefecture_police_crackdown_year_end_fenghuang_gun_case_short_news_r42b": {
        "units": "a county's police bureau filing a case (凤凰县公安局) is not read beside the prefecture's",
        "figures": "the count of the prefecture's bureaus (6个) goes under the prefecture's bureau, where the truth "
        "gives none",
    },
    # Round 41 (issue 22): fresh development documents, scored before any change for them (units 11/46).
    "cangwu_police_criminal_investigation_three_stations_analysis_meeting_2014_r41a": {
        "units": "the brigade convening the three stations (苍梧县公安局刑侦大队召集狮寨、长发、京南派出所…召开) is "
        "read as a unit beside them, where the truth gives only the stations",
        "figures": "a count of stations in words from a doubled typo (三所长所长) is not read",
    },
    "ce_police_heroes_press_five_representatives_2023_r41a": {
        "units": "two of five representatives' units (a highway checkpoint of a district branch, a squad of a "
        "criminal-investigation detachment) are not read",
        "furniture": "the headline repeated as a line is not listed",
    },
    "cixi_court_procuratorate_second_consultation_meeting_2025_r41a": {
        "units": "the two bodies are read in the order the lead lists them (检察院 first), not the truth's",
        "figures": "a count the two bodies share (21项) goes under the procuratorate, where the truth gives none",
    },
    "hainan_basic_procuratorates_brand_showcase_awards_clauses_trad_2024_r41b": {
        "units": "the last procuratorate in brackets after its brand's name is garbled by the mirror "
        "(??谑忻捞m区检察院): its name is no body's (the nine before it are read)",
        "figures": "a count of brands in words (兩個) is not read",
    },
    "inner_mongolia_courts_yearbook_2020_volume_overview_sections_trad_mirror_r41b": {
        "furniture": "the yearbook's volume line (2020卷) is not listed",
    },
    "kunming_featured_tribunals_award_four_tribunals_exchange_2023_r41a": {
        "units": "the four tribunals given plaques (为盘龙法院水源保护区法庭授牌…) are read after the city's court "
        "that holds the ceremony; the truth lists the court last, after the tribunals whose heads speak",
        "figures": "the count of tribunals in words (四家) goes under the city's court, where the truth gives none",
        "layout": "read as one court's news, not a list of presenters",
    },
    "luohu_procuratorate_changshou_delegation_forum_broken_spacing_2017_r41a": {
        "figures": "the visiting delegation's head count (一行4人) goes under the host, where the truth gives the "
        "guest",
        "layout": "read as one body's news with its guest, not a list of presenters",
    },
    "qingcheng_procuratorate_beihu_delegation_exchange_forum_2020_r41a": {
        "units": "the visiting procuratorate is read as a unit beside its host, which the truth leaves out",
        "figures": "the delegation's head count (一行5人) goes under the host, where the truth gives none",
    },
    "yueyang_procuratorates_yearbook_overview_awards_clauses_2006_r41b": {
        "units": "the city procuratorate by its level alone (市人民检察院) is not read; a district one is the one unit",
        "figures": "the city's counts go under the district procuratorate, where the truth gives none",
    },
    "yunnan_high_court_procuratorate_lijiang_deputies_forum_reports_trad_r41a": {
        "figures": "the deputies attending (9名) go under the court, where the truth gives none",
        "furniture": "the date stamp before the headline (01.18) is not listed",
    },
    "zhengzhou_courts_judicial_admin_meeting_zhongmou_xinzheng_speeches_2006_r41a": {
        "furniture": "the editor line (责编/小徐) is not listed",
    },
    # Round 40 (issue 22): fresh development documents, scored before any change for them.
    "anlu_police_winter_crackdown_six_campaigns_typical_speeches_r40a": {
        "figures": "a count of kinds in words (六类) is not read",
    },
    "changchun_justice_bureau_juxian_delegation_exchange_reports_2016_r40a": {
        "units": "the host bureau (长春市司法局 by 我局), its divisions (律管处, 基层处…) and justice offices that "
        "reported (做了交流汇报) are not read: only the visiting bureau is",
        "furniture": "a department's credit line (基层指导处供稿) is not listed",
        "layout": "single_court, following from the units",
    },
    "city_court_presidents_forum_two_themes_six_aspects_2010_r40a": {
        "figures": "counts of themes and aspects in words (两个主题, 六个方面) are not read",
        "layout": "single_court, following from the units",
    },
    "fujian_bar_publicity_committee_city_bar_forums_2014_r40a": {
        "units": "cities named bare for their bar associations (漳州, 龙岩, 莆田市, 泉州) and 厦门市律师协会 are not "
        "read; the firms visited are taken for a unit",
        "figures": "a count of people in words (四人) goes under the committee where the truth gives none",
        "furniture": "a forum's photo caption (厦门律协座谈) is not listed",
    },
    "henan_courts_execution_push_meeting_first_quarter_refusal_auctions_r40b": {
        "figures": "a count of cities in words (六个地市) is not read",
    },
    "moj_national_lawyers_basic_statistics_briefing_2014_r40b": {
        "furniture": "a short link (http://url.cn/WLTb2b) is not listed",
    },
    "ningde_three_procuratorates_criminal_prosecution_exchange_seminar_2025_r40a": {
        "units": "the city procuratorate whose departments answer the others (宁德市检察院) is not read",
        "figures": "a count of places (三地) is not read",
        "furniture": "a site's section name (智能政法) is not listed",
    },
    "quanzhou_justice_offices_push_meeting_shishi_pinyin_trad_r40a": {
        "units": "the two bodies are read in the order their officers speak (石狮市政府 first), the truth's in the "
        "order the attendance names them",
    },
    "spp_fourteenth_fiveyear_plan_symposium_procurators_speak_trad_r40a": {
        "units": "the officers proposing in other paragraphs (首先发言的河南省人民检察院检察长, 浙江省杭州市人民检察院"
        "…) are not read: only the convening 最高人民检察院 and the first list proposing (…等结合…提出…意见建议)",
        "figures": "the meeting's own counts before the first list (9条) go under the 最高人民检察院 convening it, "
        "where the truth gives none",
    },
    "tieling_courts_winter_70_day_execution_drive_feature_2026_r40b": {
        "furniture": "a photo caption (清河区法院执行干警来立山将首批执行款连夜送至申请人家中) is not listed",
    },
    "wangcang_legal_aid_joint_forum_county_bodies_r40a": {
        "units": "the legal aid centre reporting first (在法律援助中心工作汇报后) is not read beside the seven bodies "
        "holding the forum",
        "figures": "a count of attendees (15名) goes under the first host where the truth gives none",
    },
    "yangquan_courts_execution_assessment_first_basic_courts_clauses_digest_2018_r40b": {
        "units": "a district court whose place is a bare 矿区 (矿区法院) is not read among the basic courts' clauses",
        "figures": "a score (101.98分) is not read",
    },
    "zhenlai_county_zhengfa_work_review_sections_digest_2018_r40b": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the county's bodies heading its sections (镇赉县政法委…) are not read: the text falls back",
        "furniture": "a site's name (今日镇赉) is not listed",
        "layout": "fallback, following from the units",
    },
    # Round 39 (issue 22): fresh development documents, scored before any change for them.
    "changzhou_xinbei_justice_bureau_halfyear_work_summary_mediation_2010_r39b": {
        "units": "the district's mediation organisations together (全区各级人民调解组织) and a mediation office "
        "(新北区交通事故人民调解工作室) are not read: the text falls back",
        "figures": "a count after a count (773批次,1988人) has no label",
        "layout": "fallback, following from the units",
    },
    "daying_court_halfyear_quality_meeting_tribunal_award_2019_r39a": {
        "units": "a tribunal awarded (蓬莱法庭) is not read",
    },
    "gansu_justice_office_heads_model_profiles_editor_note_r39b": {
        "units": "the department whose editor's note opens the profiles (甘肃省司法厅) and the justice office "
        "(定西市安定区司法局香泉司法所) are not read; the village party branch a profiled man served is taken for "
        "the text's body",
        "figures": "his awards (两次) go to that branch",
    },
    "jiangsu_high_court_report_glued_percentages_2009_r39b": {
        "figures": "the leaders' instructions counted (批示370多次) go to the court, where the truth gives them to no "
        "unit",
    },
    "nongken_intermediate_court_basic_courts_execution_chiefs_reports_2021_r39a": {
        "figures": "their count (5个) goes to the intermediate court",
        "layout": "single_court, following from the units",
    },
    "shaanxi_community_correction_joint_meeting_courts_procurators_police_justice_r39a": {
        "units": "the bodies a list names as attending by their leaders in charge (省综治办、省高院…分管社区矫正工作的"
        "领导) are not read",
        "figures": "the attendance (20余人) goes to the convening department",
        "furniture": "a site's account name (陕西司法公众号) is not listed",
        "layout": "single_court, following from the units",
    },
    "suizhou_courts_trial_management_meeting_awards_forum_pinyin_trad_2018_r39a": {
        "units": "a court named first beside another after 和 (随州中院和随县法院被评为…) is read from its own award's "
        "clause, after the courts the truth lists after it",
        "furniture": "a forum's post head (楼主, 特约记者 TA的每日心情…) is not listed",
    },
    # Round 38 (issue 22): fresh development documents, scored before any change for them.
    "cangzhou_legal_aid_halfyear_cases_short_news_2014_r38b": {
        "units": "the justice bureau (市司法局), named after the centre that told the news, is not read",
        "figures": "the bureau's own figures (5场) go to the centre",
        "furniture": "a site's breadcrumb (您当前的位置:长城网>>法制频道>>法制河北) is not listed",
    },
    "jinzhong_county_traffic_police_brigades_110_day_date_opened_items_digest_r38a": {
        "furniture": "a site's credit line (指导 山西省文明办) is not listed",
    },
    "lianyungang_police_weekly_calls_one_sentence_data_release_r38b": {
        "layout": "single_court (the city's police read as the body releasing the figures) where the truth reads "
        "fallback (no unit)",
    },
    "liaoning_courts_national_security_day_grouped_courts_pinyin_trad_digest_2020_r38a": {
        "units": "the province's courts together (全省各地法院) and a court in a group's list (大連海事法院) are "
        "not read",
        "figures": "a group's figures (200余篇, stated of three courts and 等) go to its first court, where the "
        "truth gives them none",
        "furniture": "a site's welcome (欢迎来到辽宁长安网) is not listed",
    },
    "national_police_spring_festival_security_provinces_digest_2025_r38a": {
        "units": "the country's police together (全国各地公安机关), of the title and the lead, are not read",
        "furniture": "a portal's dateline (政务   2025-02-06 20:18   青海) is not listed",
    },
    "xian_police_110_monthly_bulletin_march_2024_r38b": {
        "units": "a bureau naming itself only 我局 is not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    "zhuzhou_courts_lei_feng_day_subheaded_date_opened_items_digest_r38a": {
        "furniture": "an aggregator's author line (创始人) is not listed",
    },
    # Ten held-back tables drawn at random (seed 20261205) joined development on 2026-12-05 (eighth session),
    # each scored with the session's start code before it was opened (data/library/README.md).
    "ankang_police_weekly_incident_tables_jan_2017_h33": {
        "furniture": "a chart's caption (主要警情比例图各县区主要警情分布图) is not listed",
    },
    "deqin_justice_bureau_final_accounts_header_table_2019_h24b": {
        "figures": "a count in words of one (一辆) is not read",
    },
    "guyuan_arbitration_commission_fee_schedule_table_h33": {
        "figures": "a schedule's bounds (不低于100元, 不超过30%) are read exact",
        "furniture": "a site builder's notice (仅用于营销枢纽云系统实施过程中的预览与测试…) is not listed",
    },
    "qianwei_court_divorce_cases_table_2013_2017_h35a": {
        "furniture": "the court's name alone on a line at the page's head (犍为县人民法院) is not listed",
    },
    "taichung_district_court_criminal_plan_budget_2026_trad_h24a": {
        "figures": "an amount written with a space before its measure (200,775,000 元) has no label",
    },
    "taiwan_domestic_violence_execution_table_2025_trad_h20b": {
        "figures": "a table whose header cells break over lines (件/數, 定/罪/率: a break written /) under "
        "單位:件、人、% gives its cells no measure: none is read",
    },
    "taiwan_sexual_offence_execution_table_2022_trad_h20b": {
        "figures": "a table whose header cells break over lines (件/數, 定/罪/率: a break written /) under "
        "單位:件、人、% gives its cells no measure: none is read",
    },
    "xishui_court_land_dispute_cases_business_environment_cell_lines_table_2024_h38": {
        "figures": "cells of counts read with their column's measure (8 件) where the truth records none",
    },
    "zcity_13_basic_courts_retrial_divisions_per_judge_cell_lines_table_2012_2014_h38": {
        "units": "the 13 courts together (Z市13家基层法院) are not read",
        "figures": "cells of counts read with their column's measure (审监法官人数 2 人, 审结再审案件数 18 件) where "
        "the truth records none",
        "furniture": "a site's column name (律师名博) is not listed",
    },
    # Round 37 (issue 22): fresh development documents, scored before any change for them.
    "datong_procuratorates_publicity_week_ecology_digest_2023_r37b": {
        "units": "the county procuratorates listed by place (云冈区、云州区…等县区检察机关) are not read",
    },
    "fuzhou_lawyers_practice_seminar_six_firms_one_sentence_pinyin_trad_2007_r37a": {
        "units": "the city's lawyers association (市律協代理會長潘水生) and six firms named bare before their count "
        "(福民、大佳…6家律師事務所) are not read; a fragment (部分專業指導委員會) is taken for a body",
        "figures": "the attendance (50多人) goes to that fragment",
    },
    "luan_courts_constitution_day_court_clauses_digest_2021_r37b": {
        "figures": "a count in words of one (送去了一堂…法律讲座) is not read",
    },
    "shanghai_national_legal_aid_liaison_points_case_review_forum_city_data_r37a": {
        "units": "the ministry's department whose meeting it is (司法部法律援助工作司) is not read; the centres the "
        "meeting visits (实地参观了…) are read with no text",
        "figures": "the city's figures (19个, 17.89%, 8万5千余件) go to no unit, the truth's 上海市法律援助中心",
        "layout": "presenter_list (the centres visited) where the truth reads single_court",
    },
    "xiangtan_county_justice_bureau_and_justice_office_report_to_provincial_inspectors_r37a": {
        "units": "the visiting provincial department (省司法厅基层工作处) is not read",
        "furniture": "a photo's caption (汇报会现场。) is not listed",
    },
    # Round 36 (issue 22): fresh development documents, scored before any change for them.
    "lawyer_service_fee_guidance_three_block_cells_remarks_table_r36b": {
        "figures": "a cap (不高于规定标准1.5倍之内) is read as a bound, the truth's figure (under 1.5倍); the "
        "labels of the rates after each band (5万—10万(含10万元):8%) are empty",
    },
    "national_admin_first_instance_cases_headerless_year_rows_cell_lines_table_2000_2008_r36b": {
        "figures": "a table whose caption and header are on another page (rows of a year and eight bare cells, no "
        "measure) is not read: no cell has a label to give",
    },
    "shanghai_justice_bureau_admin_licensing_annual_report_bracketed_breakdown_2023_r36c": {
        "figures": "a count in words of one (开展一次…检查) is not read",
    },
    # Round 35 (issue 22): fresh development documents, scored before any change for them.
    "ankang_police_110_weekly_dispatch_handling_units_ranked_last_r35c": {
        "units": "the city's police, the centre's units and the county bureaus together (全市公安机关, "
        "中心城区各单位, 各县公安局) and the units each section ranks last are not read",
        "figures": "the collectives' shares (中心城区各单位…98.9%, 各县公安局…99.8%) go to the bureau named before "
        "them",
    },
    "ankang_police_weekly_incident_tables_unlabelled_rows_dropped_first_cells_r35d": {
        "figures": "rows with no label whose first cells were dropped (200 / 0 / 366 …, last week's row) fit no grid",
        "furniture": "chart captions on lines of their own (刑事类报警走势图) are not listed",
    },
    "bozhou_justice_fengqiao_petition_mediation_county_clauses_digest_r35b": {
        "units": "the city's justice bodies together, its petition offices, a county opening the sentence before the "
        "semicolons' series (利辛县…。) and a mediation committee commended are not read; the series' three are",
        "figures": "一个调解组织 is read as no count; the collectives' counts go under no unit",
        "furniture": "a news site's recommendation block (新闻推荐 and its headlines) is not listed",
    },
    "chongqing_police_hurricane_sweep_branch_bureaus_chinese_numerals_digest_r35b": {
        "figures": "the wire's lead (重庆市警方…出动三万五千名警察) comes before the bureau is named, so its figures "
        "are the intro's",
    },
    "dali_saohei_press_police_courts_procurators_trad_r35a": {
        "furniture": "the paper and reporter in brackets glued to the last sentence are not listed",
        "layout": "read as the bureau's news with the organs' clauses (single_court), not a list of presenters",
    },
    "fuding_police_march_traffic_accident_bulletin_jurisdictions_2017_r35c": {
        "figures": "a count whose measure the text drops (受伤人数14人减少8同期相比) is not read; the jurisdictions' "
        "figures after the last one's clause (3起 of the month's summary) go under it (鱼井边防辖区)",
    },
    "gansu_jiayuguan_refusal_to_execute_crackdown_field_meeting_attendee_lists_r35a": {
        "figures": "the attendance (300多人) goes to the provincial court, where it belongs to no unit",
    },
    "guangzhou_plainclothes_police_spring_travel_headed_cases_digest_r35b": {
        "units": "two police units each opening a section (广州便衣侦查支队, 天河区公安分局便衣侦查大队) are too few "
        "for a roundup's reading: the text falls back",
        "figures": "一把 (a knife) is read as no count",
        "layout": "fallback, following from the units",
    },
    "guanxian_huqi_liangjian_crackdown_press_three_speakers_r35a": {
        "units": "the news office that convenes and reports, and the police bureau whose chief is named after a "
        "government post (副县长、县公安局党委书记、局长李长峰), are not read",
        "figures": "the results the office reports go to the court, the first speaker read; 58人次 has no label",
    },
    "moj_legal_aid_eight_provinces_good_practices_tianjin_section_2025_r35c": {
        "units": "the bureau's legal aid centre, opening a paragraph of the bureau's section with its honours "
        "(天津市法律援助中心获得…), is read as a unit of its own",
        "furniture": "the site's filing numbers (11010502036085号, 网站标识码…) are not listed",
    },
    "national_illegal_fundraising_forum_joint_office_court_police_xinhua_2018_r35a": {
        "units": "the joint office, whose director is quoted before his name (…”处置非法集资部际联席会议办公室主任"
        "杨玉柱表示), is not read",
        "figures": "the office not being read, one its director gives by name alone after the ministry's paragraph "
        "(杨玉柱表示…30%以上) goes under the ministry",
    },
    "shenzhen_zhengfa_chronicle_day_numbered_items_digest_2007_r35b": {
        "units": "a chronicle's items, each a day and one body's deed (23日 深圳市中级人民法院与…联合组织…), are not "
        "read; the court of the second item is taken for the unit",
        "figures": "the third item's figures (33名, 7个 of 市小区办) go under the court",
        "furniture": "the committee's name on a footer line of its own is not listed",
    },
    "young_justice_office_heads_written_talks_magazine_mirror_2025_r35c": {
        "units": "the township justice office whose head writes is not read: the text falls back",
        "furniture": "a mirror's video-site header line and photo captions are not listed",
        "layout": "fallback, following from the units",
    },
    # Round 34 (issue 22): fresh development tables, scored before any change for them.
    "baoji_arbitration_commission_fee_ascii_box_table_digits_dropped_mirror_r34c": {
        "figures": "a band written 40-100元 is read as one range (70, approx), where the truth reads its two bounds",
    },
    "court_litigation_fee_quick_calc_glued_row_numbers_table_r34c": {
        "figures": "a row's last cell glued to the next row's number (-2003、 is -200 then 3、) is not split",
        "furniture": "a tab's label closed by a bar (释义 |) is not listed",
    },
    "hunan_forensic_appraisal_fee_schedule_pdf_glued_ranges_table_r34c": {
        "figures": "a fee's two bounds glued into one run of digits (元/ 具15002000) split several ways: no figure "
        "is guessed (the truth reads them by the schedule's sense)",
        "furniture": "a document site's watermark (名师资料总结 - - -精品资料欢迎下载 …) is not listed",
    },
    "liangping_legal_aid_subsidy_disclosure_key_value_cells_table_2023_r34b": {
        "units": "a government site's link (部门街镇) is read as a town; the legal aid centre is not",
        "furniture": "the site's links to other governments' sites (中国政府网, 国务院部门网站 …) are not listed",
    },
    "lingwu_notary_office_budget_blankline_cells_table_2021_r34b": {
        "figures": "a budget form whose empty cells are dropped between blank lines (本年收入 / 120.318 / 本年支出 "
        "/ 120.318 / 120.318) fits no grid",
        "furniture": "a site's accessibility notice and its index fields (索 引 号 …, 责任部门 …) are not listed",
    },
    "national_road_accidents_1998_2003_labelled_cells_qa_page_table_r34c": {
        "units": "the traffic bureau whose engineer the answer quotes (北京市公安局交通管理局) is not read: the text "
        "falls back",
        "figures": "分钟 is no measure (每5分钟就有一人死亡)",
        "layout": "fallback, following from the units",
    },
    "shanghai_admin_reconsideration_outcomes_seq_cell_lines_table_2014_r34b": {
        "units": "the city's reconsideration bodies together (本市各级行政复议机关) are not read: the text falls back",
        "figures": "counts with no measure after a kind of act (行政处罚2100,占…) are not read",
        "layout": "fallback, following from the units",
    },
    "xinye_court_business_environment_index_cell_lines_table_2022_r34a": {
        "figures": "the province's and the city's averages in the court's table (河南均值, 南阳均值) go under the "
        "court",
    },
    # Round 33 (issue 22): fresh development documents, scored before any change for them.
    "ankang_police_110_monthly_bulletin_period_rows_dropped_cells_table_2015_r33a": {
        "figures": "rows that lost a cell sit one column to the left (the truth reads them by the totals); a "
        "period's month stays in the label (8月·其它: a digit, unusable)",
    },
    "arbitration_fee_schedule_cumulative_column_cell_lines_table_r33a": {
        "figures": "the running-total column names no measure (累进收费; the truth reads 元 from the fee column "
        "beside it); a band's name keeps its amounts in the label (1000元以下·分段收费: digits, unusable)",
        "furniture": "the breadcrumb closed by a bar (…仲裁费用表 |) stays in the figures' sentence",
    },
    "beijing_xicheng_dashilan_justice_office_feature_r33d": {
        "figures": "近七千位 (位 with no noun after it) and 8个年头 are not read",
    },
    "china_law_yearbook_courts_2018_digest_r33c": {
        "units": "the local courts together (地方各级人民法院), a yearbook section's second body, are not read",
        "figures": "follows from the units",
    },
    "hainan_changjiang_delegation_bulletin_deputies_remarks_2025_r33c": {
        "furniture": "a bulletin's masthead (海南省第届人民代表大会第次会议, 大会简报组 63 …) is not listed",
        "layout": "deputies' remarks with no body presenting fall back (the truth: presenter_list of none)",
    },
    "hohhot_arbitration_commission_secretariat_budget_pipe_table_r33a": {
        "units": "the commission's secretariat (呼和浩特仲裁委员会秘书科), named in the title only, is not read: "
        "the text falls back",
        "layout": "fallback, following from the units",
    },
    "hunan_county_police_bureaus_ranking_yellow_card_admonition_2003_r33b": {
        "units": "bureaus ranked and warned (双峰县公安局、临澧县公安局等前10名, 蓝山县公安局等9个) are not read as "
        "units; the provincial committee of the officer who spoke (省政法委) is",
        "figures": "follows from the units",
        "furniture": "a portal's dateline (http://www.sina.com.cn 2003年04月16日04:44 长沙晚报 | ||) and its "
        "subscription line are not listed",
    },
    "kaiping_cangcheng_procuratorate_office_report_to_town_deputies_pinyin_trad_2015_r33b": {
        "units": "the city procuratorate of an attendee is read as a unit before the township office that reports "
        "(蒼城檢察室)",
        "figures": "a count in words of the lead (五個鎮) goes under the office",
        "layout": "presenter_list, following from the units",
    },
    "northwest_police_cooperation_zone_chairs_joint_meeting_xining_pinyin_trad_r33b": {
        "units": "a list joined by 以及 is read as one name (警务协作联席会议主席单位以及北京市公安局)",
        "layout": "single_court, following from the units (one presenter read)",
        "furniture": "a slogan banner (喜迎二十大 忠诚保平安 …) and the source in brackets (（省公安厅办公室）) "
        "are not listed",
    },
    "notary_fee_schedule_interleaved_notes_column_table_r33a": {
        "figures": "a notes column interleaved with the items cuts 不超过5% and 最低5元 over lines (过5%, 低5元): "
        "their bounds are lost",
    },
    "shennongjia_deputies_provincial_two_courts_reports_remarks_r33c": {
        "units": "the standing committee of the congress whose deputies remark (人大常委会) is read as a unit; the "
        "truth has none",
        "layout": "single_court, following from the units (one presenter read)",
    },
    "shenzhen_people_mediation_halfyear_data_bulletin_r33d": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "the city's mediation organisations together (全市各类人民调解调解组织) are not read: the text "
        "falls back",
        "furniture": "an attachment's link (附件下载：) is not listed",
        "layout": "fallback, following from the units",
    },
    "xianan_gaoqiao_police_station_post90s_officers_feature_r33d": {
        "furniture": "a share box's counter (0, 分享至) and a photo's caption are not listed",
    },
    "yizhang_lechang_border_goodneighbour_meeting_police_2008_r33b": {
        "units": "the two counties' police together (两地警方) are not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    # Round 32 (issue 22): fresh development documents, scored before any change for them.
    "hangzhou_shangcheng_justice_bureau_info_disclosure_report_pipe_rows_r32a": {
        "figures": "the template's table cells are read with 件 from their column heads (本年制发件数); the truth "
        "writes them without a measure",
    },
    "jiangsu_provincial_police_department_info_disclosure_report_pipe_rows_2023_r32a": {
        "figures": "the template's table cells are read with 件 from their column heads (本年制发件数); the truth "
        "writes them without a measure",
        "furniture": "the page's date line is listed, but its text is also read into a figure's sentence",
    },
    "luzhai_zhaisha_town_dispute_mediation_centre_news_2022_r32b": {
        "units": "the town's dispute centre (寨沙镇矛盾纠纷调处中心) is not read; the tribunal that joins it is",
        "figures": "the centre's figures go under the tribunal",
    },
    "wuhan_procuratorate_report_2009_r32c": {
        "furniture": "the site's name line (湖北省武汉市人民检察院) is read as the unit's line head",
        "layout": "court_lines, from the site's name line heading the text",
    },
    "zhanjiang_development_zone_police_info_disclosure_report_unnamed_bureau_2021_r32a": {
        "figures": "the template's table cells are read with 件 from their column heads (本年制发件数); the truth "
        "writes them without a measure",
    },
    # Round 31 (issue 22): fresh development documents, scored before any change for them.
    "funing_zero_hour_mid_autumn_execution_feature_epaper_r31c": {
        "figures": "a sum agreed in words without its measure (按照一万七结算) is not read; its lawsuit's "
        "一万七千多元 is",
    },
    "gaochun_district_anti_fraud_joint_meeting_police_towns_2024_r31b": {
        "units": "the bureau reporting in a clause of the speakers' paragraph (高淳公安分局通报…) is placed before the "
        "listed speakers, not after them",
    },
    "guangzhou_courts_judgment_documents_online_rate_table_2020_r31a": {
        "figures": "cells of equal value (0, 100.00%) in several courts' rows: the scorer's closest label picks "
        "another court's cell",
    },
    "hainan_prison_bureau_budget_items_explanation_2013_r31d": {
        "figures": "a count in words of subordinate units (八家下属预算单位) is not read",
    },
    "hangzhou_westlake_scenic_area_police_admin_enforcement_cell_lines_table_2022_r31d": {
        "figures": "a table a cell a line whose header cells wrap over lines (没收违法 / 所得、没收 / 非法财物) "
        "and whose empty cells are blank lines is not read",
    },
    "meishan_court_presidents_work_meeting_rankings_pinyin_trad_2020_r31b": {
        "units": "the city's courts together (眉山法院) are read as the unit, not the city's intermediate court the "
        "truth names by its level (市中级人民法院)",
        "figures": "their figures go under 眉山法院",
        "furniture": "the page's update time is also read into a unit's summary",
    },
    "national_admin_reconsideration_matters_2012_2023_paper_cell_lines_r31a": {
        "figures": "a span of years in words (长达二十多年的巨变) is read as a period, no figure",
    },
    "shanxi_courts_execution_payout_week_video_link_intermediate_courts_2022_r31b": {
        "units": "the twelve intermediate courts reporting by video link (12个中院, none named) are not read",
        "figures": "the campaign's figures go under the high court; the truth gives them to no unit",
        "furniture": "an e-paper's date box (日期查询:) is listed, but the truth's byline line is read as a "
        "unit's text",
        "layout": "single_court, following from the units",
    },
    "wenzhou_courts_new_year_execution_roundup_digest_2019_r31c": {
        "units": "a court whose officers open the story, with no figure of its own (瓯海法院), is not read",
    },
    "xinxiang_courts_refusal_to_execute_crackdown_meeting_zhengfa_2014_r31b": {
        "layout": "the truth calls it one court's news; the parser reads the committee's officer speaking as a "
        "second body's paragraph (its units are the truth's)",
    },
    "xupu_county_anti_gang_three_years_bodies_digest_trad_r31c": {
        "units": "the county's police (溆浦县公安局, 溆浦县公安机关 in the first sentence), the county and its "
        "organization departments are not read",
        "figures": "their figures go under the discipline commission",
    },
    "yanjin_county_police_info_disclosure_report_pipe_rows_table_2016_r31d": {
        "units": "the bureau named once (盐津县公安局) is not read: the report opening 全县公安机关 is read as theirs",
        "figures": "the template's table cells are read with 件 from their column heads (本年制发件数); the truth "
        "writes them without a measure",
    },
    # Round 30 (issue 22): fresh development documents, scored before any change for them.
    "china_law_yearbook_courts_2017_digest_trad_mirror_r30a": {
        "units": "the local courts together (地方各級人民法院, a unit of its own in the truth beside 最高人民法院) are "
        "not read",
        "figures": "their figures go under 最高人民法院",
    },
    "hainan_procurators_general_meeting_dingan_2012_r30a": {
        "units": "the provincial congress committee whose officer attends (省人大常委会) is read as a unit too",
        "figures": "the lead's figures (去年全省检察机关办理…1313件), before any unit begins, go under none",
    },
    "jinan_jiyang_justice_bureau_three_offices_joint_mediation_news_2026_r30b": {
        "units": "the justice office whose case the item tells (曲堤司法所) is not read beside the bureau",
        "figures": "its figures go under the bureau",
        "furniture": "the outlet's line (大众新闻·海报新闻 2026-01-14 16:57:06原创) is not listed",
    },
    "mianyang_legal_aid_halfyear_brief_yybnet_r30b": {
        "units": "the city's justice bureau's legal aid centre (市司法局法律援助中心) is not read: the bureau the "
        "figures come from is the one unit",
        "furniture": "the channel's slogan (盐亭新闻,故乡情,家乡事!…) is not listed",
    },
    "putian_legal_aid_2012_figures_forum_archive_repost_r30b": {
        "furniture": "the forum's post line (莆仙通 发表于 2013-1-19 18:10:16) is not listed",
    },
    "songxian_checun_tribunal_mountain_judges_feature_2009_r30b": {
        "units": "the high court the feature cites is not read (the tribunal, 车村法庭, is: the text's "
        "嵩县法院车村人民法庭 makes it the truth's 嵩县车村人民法庭)",
        "figures": "the mountain area's distances and counts, no unit's in the truth, go under the tribunal",
    },
    "two_high_reports_caseload_decline_chinanews_mirror_digest_2021_r30a": {
        "figures": "the procuratorate's figures in the sentences after the court's (检察机关…30.6%) go under the court",
        "furniture": "the site's footer links (关于我们 | About us | 联系) are not listed",
    },
    "zhanjiang_justice_offices_work_meeting_trad_2022_r30a": {
        "units": "the city's justice bureau that holds the meeting (市司法局) is not read",
    },
    # Round 29 (issue 22): fresh development documents, scored before any change for them.
    "chongqing_procuratorates_public_interest_litigation_five_years_white_paper_press_2022_r29c": {
        "figures": "counts of trees and fish (补植林木14万株, 放流鱼苗97万尾) are not read: 株 and 尾 are no measures "
        "the parser knows",
    },
    "fuzhou_procuratorate_report_2017_r29a": {
        "furniture": "the site's menu line of spaced section names (首页 惩治犯罪 诉讼监督 …) is not listed",
    },
    "guangdong_justice_admin_work_meeting_2015_r29b": {
        "figures": "the meeting's own counts before the first speaker (6个, 180余人) go under the department holding "
        "it (省司法厅召开…), where the truth gives none",
        "furniture": "the department's credit line ((厅宣传处供稿)) is not listed",
    },
    "huaibei_dongzhuang_community_mediator_feature_2017_r29a": {
        "units": "the page's publisher (信息来源: 相山区司法局三堤口司法所) is read as the unit; the truth's is the "
        "mediator's committee the feature is about (三堤口街道董庄社区调委会)",
        "figures": "the mediator's figures go under the publisher",
    },
    "hubei_deputies_members_two_reports_remarks_2020_r29b": {
        "units": "courts and procuratorates the deputies' remarks name (省高级人民法院…) are read as units; the truth "
        "has none (the speakers are deputies, no body presents)",
        "furniture": "the site's follow button (关注我们) is not listed",
    },
    "national_procurators_seminar_exchange_speeches_jlpeace_2025_r29b": {
        "units": "the place a list names bare (天津) is not the organs that head its speech (天津检察机关)",
        "initiatives": "the organs' speech is not found under that name",
    },
    "neijiang_courts_children_day_school_law_week_roundup_2020_r29c": {
        "units": "the procuratorate acting with the city's court (内江中院会同内江市检察院…) is not read, and the "
        "courts come in another order",
        "furniture": "the app's logo and download lines (澎湃Logo, 下载客户端) are not listed",
    },
    "qiandongnan_court_presidents_meeting_trad_2012_r29b": {
        "units": "the prefecture's 政法委 and its intermediate court, named by level (州中級(jí)人民法院), are not "
        "read; the prefecture's courts as one (黔东南州法院) are",
        "figures": "counts the truth gives no unit go under those courts",
    },
    "sishui_miaoguan_procuratorate_office_feature_pinyin_trad_r29a": {
        "units": "a procuratorate's offices (派驻苗館檢察室, 泗河檢察室) are no bodies the parser knows: only the "
        "procuratorate is read",
        "figures": "the offices' figures go under the procuratorate",
    },
    # Round 28 (issue 22): fresh development documents, scored before any change for them.
    "daye_court_drug_sentencing_branch_venue_2022_r28b": {
        "figures": "a count of cases in words with its noun (三案) is not read",
        "furniture": "the outlet's submissions address (云上大冶投稿邮箱:ysdaye@qq.com) is not listed",
    },
    "hangzhou_binjiang_admin_reconsideration_respondents_pipe_table_2020_r28c": {
        "figures": "a table's header years (2019受理量, 2020受理量) are not carried into its cells' labels, so cells "
        "of equal value (6, 10.2%) are matched to the other row's",
    },
    "hubei_justice_department_admin_reconsideration_cell_lines_tables_2020_r28c": {
        "units": "a table of two column groups, one cell a line (省人社厅 / 132 / 118 / 省卫健委 / 7 / 5), is read "
        "off by a group: rows and their numbers are not paired, some bodies are not read",
        "figures": "those cells' numbers go under the wrong body; a count of counties (103个) is not read",
    },
    "lujiang_execution_linkage_mechanism_meeting_member_units_r28a": {
        "units": "the county's 政法委, whose secretary speaks last (该县县委常委、政法委书记苏少春同志发表讲话), is "
        "not read",
    },
    "shaanxi_dispute_screening_resolution_meeting_ankang_six_units_2020_r28a": {
        "units": "the provincial 政法委 that convened the meeting (省委政法委) is not read",
    },
    "shanhaiguan_procuratorate_npc_visit_criminal_caseload_2022_r28b": {
        "units": "the visiting congress committee (山海关区人大常委会…来到区人民检察院), whose deputy speaks, is read "
        "beside the procuratorate it visits, which is read by its level alone (区人民检察院: the text never names "
        "its place with it)",
        "figures": "the procuratorate's figures go under 区人民检察院, not the truth's 山海关区人民检察院",
        "layout": "read as a list of speakers (the committee's deputy, then the procurator-general), not one body's "
        "news",
    },
    "spc_research_office_criminal_cases_five_years_digits_2013_r28c": {
        "units": "the office named only in the source line's author field (作者:最高人民法院研究室主任 胡云腾) is not "
        "read: the text falls back",
        "layout": "fallback, following from the units",
    },
    "wuzhou_courts_people_assessors_field_meeting_mengshan_r28a": {
        "units": "the basic courts as one (全市各基层法院, their leaders attend and talk) are not read",
    },
    # Round 27 (issue 22): fresh development documents, scored before any change for them.
    "civil_code_month_justice_bureaus_photo_digest_2024_r27c": {
        "units": "a bureau named with its province, city and county (江西省吉安市井冈山市司法局) is not read among the "
        "digest's bureaus",
    },
    "datong_court_zhengfa_award_caseload_2014_r27a": {
        "units": "a court naming itself only 我院 is not read as a unit (the truth's; one other truth gives such a "
        "text no unit, and 我院 would join every such court under one key): the text falls back",
        "layout": "fallback, following from the units",
    },
    "hainan_chengmai_dongfang_dingan_procuratorates_open_day_digest_2019_r27c": {
        "furniture": "the page's date line (2024 年 03 月 29 日 星期五) is not listed",
    },
    "qinghai_courts_ten_years_press_conference_data_2022_r27c": {
        "furniture": "the page's section label (青海分社正文) is not listed",
    },
    "shishou_court_report_2024_r27b": {
        "furniture": "the page's column name (人大时讯) is not listed",
    },
    "sichuan_lawyers_association_press_conference_yibin_2022_r27a": {
        "units": "two committees of the provincial association (省律师协会维权委, 惩戒委) are read as the association",
        "figures": "the city association's figures, in the sentences after its speaker's (周婧…介绍了宜宾律师行业情况),"
        " go under no unit: the speakers' units are given no text",
    },
    "yanan_justice_bureau_budget_report_xls_contents_table_2019_r27c": {
        "figures": "a sheet's amounts with no measure on their line (877.52) are not read",
        "furniture": "the file name's line (延安市司法局2019年部门综合预算公开报表.xls) is not listed",
    },
    "zhejiang_procurators_meeting_highlights_exchange_2019_r27b": {
        "initiatives": "a speaker's name, post and year lines under its numbered head are counted as initiatives",
    },
    "zhenjiang_kaifaqu_execution_chief_busiest_day_trad_2009_r27b": {
        "figures": "a count of people in the chief's story (500多名), no figure of the court's in the truth, goes "
        "under the court",
    },
    "shanghai_shenguan_2012": {
        "units": "the meeting's host (上海高院, it gave the work report) is read as a unit from the first line; the "
        "truth leaves it out",
        "figures": "the meeting's attendance (约70人) goes under that host; the truth gives it no unit",
    },
    # Round 26 (issue 22): fresh development documents, scored before any change for them.
    "changde_basic_courts_execution_year_end_review_meeting_2022_r26b": {
        "units": "the city's basic courts as one (全市基层法院, the truth's unit for their figures) are not read",
        "figures": "the basic courts' figures (基层法院…2名执行局长…) go under 市中级人民法院",
        "furniture": "the page's reviewer line (终审:晏紫卉) is not listed",
        "layout": "the truth calls it a presenter list; the parser reads a single court",
    },
    "chengdu_court_site_bankruptcy_recovery_rate_pipe_table_r26a": {
        "units": "a court named in passing (中国人民法院…) is read as the text's unit; the truth has none",
        "figures": "an index's scores (55.82分) in a table of countries are not read",
    },
    "liaocheng_courts_national_security_day_digest_r26c": {
        "units": "the city's intermediate court (聊城中院) is not read among the digest's courts",
        "figures": "a count in words (一名) is not read",
    },
    "national_high_court_presidents_forum_guiyang_halfyear_2017_r26b": {
        "furniture": "the page's time line (时间:2017-07-12 08:58:37) is not listed",
    },
    "ningbo_maritime_court_zhoushan_tribunal_cases_bulletin_2012_2016_r26c": {
        "units": "the maritime court whose tribunal's white paper it is (宁波海事法院) is not read",
        "figures": "a count with a note's mark (9195[1]件) is not read",
        "furniture": "the site's link to its English pages (英文网站) is not listed",
    },
    "qingyang_courts_telephone_conference_awards_2015_r26b": {
        "units": "the city's court (庆阳市中院) and a tribunal (宫河人民法庭) are not read",
        "furniture": "the page's time line (发布时间:2015-03-06) is listed inside a unit's text",
    },
    "sichuan_intermediate_court_presidents_meeting_awards_2021_r26b": {
        "units": "a court whose name wraps over two lines (阿坝藏族羌族自治州 / 中级人民法院) and 成都铁路运输中级法院 "
        "are not read among the courts the awards list",
        "layout": "the truth calls it a presenter list; the parser reads court lines",
    },
    # Round 25 (issue 22): fresh development documents, scored before any change for them.
    "beijing_courts_caseload_decline_research_2007_r25a": {
        "units": "the courts a research paper compares (北京市高级人民法院, 丰台区法院, …) are not read: the city's "
        "collective (全市法院) is the one unit",
        "figures": "the courts' figures go under the collective 全市法院",
        "furniture": "a lawyer's advertising line (沈洁律师联系电话：…) is not listed",
    },
    "cangzhou_elder_fraud_press_police_market_2022_r25b": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "a press conference's bodies named by their kind (市公安部门, 市场监督管理部门) and a police branch "
        "(运河公安分局) are not read: the text falls back",
        "layout": "fallback, following from the units",
    },
    "changshou_q1_public_order_analysis_meeting_2019_r25b": {
        "furniture": "a lone bar (|) is not listed",
    },
    "chongqing_shapingba_fengqiao_tribunal_forum_speeches_r25c": {
        "units": "a speaker's street office is read twice (重庆高新区虎溪街道, 虎溪街道), a police speaker's city body "
        "(重庆市公安局) instead of 陈家桥派出所",
        "initiatives": "the speech's points are not counted apart",
    },
    "harbin_mediation_yearbook_1995_r25a": {
        "furniture": "a site's category line (政法 军事) is not listed",
    },
    "justice_admin_grassroots_conference_speeches_trad_r25c": {
        "initiatives": "the speeches' points (一是…二是…) are not counted",
    },
    "shaanxi_lawyers_statistics_2021_wechat_mirror_r25a": {
        "units": "a WeChat account's release (陕西司法) is not read: the text falls back",
        "figures": "an amount in 亿 with no measure (34.5亿, of 元) is not read",
        "furniture": "the mirror's 其他 is not listed",
        "layout": "fallback, following from the units",
    },
    "shanghai_putuo_mediation_network_yearbook_r25a": {
        "units": "区政法办 is not read",
        "figures": "a count of 区政法办's (3个) goes under 区法院",
    },
    "weinan_ip_cases_briefing_four_bodies_2023_r25b": {
        "units": "the bodies listed as reporting (渭南市市场监督管理局、…、渭南市公安局环食药支队分别通报了…) are not "
        "all read",
        "figures": "the police detachment's figures go under 渭南市公安局; the market regulator's, first of the list, "
        "go under the office that convenes the meeting",
        "layout": "the truth calls it a presenter list; the parser reads court lines",
    },
    "xinjiang_procuratorates_national_security_day_digest_2022_r25c": {
        "units": "the collective opening the first paragraph (巴州两级检察院) is read as a unit before 巴州人民检察院; "
        "the source's 乌尔禾区人民检察 (its 院 missing) is not read",
    },
    # Round 24 (issue 22): fresh development documents, scored at the session's start before any change for them.
    "hk_csd_admissions_space_split_thousands_table_2024_trad_r24b": {
        "furniture": "the site's skip link (跳至主要內容) is not listed",
    },
    "hk_csd_prisoners_by_institution_pipe_table_2025_r24b": {
        "units": "the institutions of table 1.3 (| 喜灵洲惩教所 | 定罪人士 | …, the next rows without its cell) are "
        "not read as units",
    },
    "hk_judiciary_complaints_glued_cells_table_2014_trad_r24b": {
        "figures": "a count glued to its row's words ((1)投訴司法的決定80) is not read",
        "furniture": "the site's menu lines (點擊進入香港司法機構主頁…) are not listed",
    },
    "hk_legal_aid_dept_income_expenditure_appendix_table_2016_r24b": {
        "units": "the department's office (法定代表律师办事处) is not read; courts named by expenditure rows "
        "(区域法院, 终审法院) are read as units",
        "figures": "a table whose sub-rows' numbers stand one a line (- 署内律师办理 / - 外委律师办理 / 15.2 / 262.6)"
        " is not read, and rows read give their labels no column's year",
        "furniture": "the appendix links (附录1| 附录2| …) are not listed",
    },
    "jinzhai_justice_bureau_project_targets_form_2024_r24a": {
        "figures": "the form's cells a line each (项目期 | / 1年 |) are read without labels",
    },
    "kaifeng_courts_constitution_day_roundup_digest_r24d": {
        "units": "the second court's item (龙亭区法院) is not read",
    },
    "moj_grassroots_legal_services_statistics_2019_wechat_mirror_r24d": {
        "furniture": "the mirror's 查看原文 link is not listed",
    },
    "shangrao_justice_bureau_self_evaluation_xls_table_2021_r24a": {
        "figures": "the sheet's cells on one line without a measure (分值 100, 得分 10) are not read",
        "furniture": "the file name's line (2021年司法业务经费绩效自评表 -.xls) is not listed",
    },
    "taichung_mediation_awards_ceremony_trad_2011_r24c": {
        "units": "the city's committee and a district's (臺中市調解委員會, 太平區調解會) are read as clauses' "
        "subjects; the city's legal bureau and the district offices the ceremony honours (市府法制局, 霧峰區公所) "
        "are not",
        "figures": "a count of districts (29區) is not read, and a district office's figures stand under the "
        "committee before",
        "layout": "read as one body's news, not a list of presenters",
    },
    "tainan_mediation_awards_meeting_numerals_trad_2025_r24c": {
        "units": "the city its mayor speaks for, named only as 南市 (臺南市), is not read",
    },
    "taoyuan_city_meeting_mediation_offices_trad_2025_r24c": {
        "units": "the bureau speaking (法務局) is read before the offices the text names earlier: units out of order",
        "furniture": "the page's date line (date 2025-12-31) is not listed",
    },
    "xiamen_maritime_court_may_management_bulletin_2023_r24d": {
        "furniture": "a column's heading (收结案动态) is not listed",
    },
    "yilan_county_meeting_mediation_offices_trad_2023_r24c": {
        "units": "two offices listed in brackets before the word they share ((計有三星鄉、大同鄉)公所) are not read",
        "furniture": "the reporter's byline (记者张金澡/宜兰报导) is not listed",
    },
    # Round 23 (issue 22): seven held-back tables scored at the end of earlier changes joined development (the genre
    # held back read worst); five more moved with them went back to the held-back set, not developed on.
    "changhua_district_court_budget_table_2000_trad_h17b": {
        "units": "a budget table of another court's row (屏东地方法院) is read as the text's court; the truth's is "
        "彰化地方法院, named in the title",
        "figures": "its figures go under that court",
    },
    "county_execution_table_1986_2003_h6": {
        "furniture": "the gazetteer's source line (Original URL: …) is not listed",
    },
    "national_mediated_disputes_table_2011_h7": {
        "figures": "a row whose label the page lost (… 1791702 2043793 21.3 22.9) and a wrapped caption's cut words "
        "(纷) leave labels short",
    },
    "taiwan_judiciary_budget_table_2003_h8": {
        "units": "the truth has no unit; the parser reads 司法院, a row of the budget",
        "figures": "the 司法院 row's figures go under 司法院 (see units)",
    },
    "taiwan_prosecutors_closure_table_2017_h9t": {
        "units": "the prosecutors' offices together (各地方檢察署), the report's subject, are not read: the text falls "
        "back",
        "figures": "a row whose label wraps over three lines (偵查終結案件 / 平均每件所需日數 / (實際辦理偵查案件)) "
        "ends the table",
        "furniture": "the site's skip link (跳到主要內容區塊) is not listed",
        "layout": "fallback, following from the units",
    },
    "yichang_tribunals_table_2009": {
        "figures": "follows from the units",
        "furniture": "the site's share links (微信 | 微博) are not listed",
    },
    "zhoukou_civil_caseload_table_2022": {
        "units": "the truth has no unit (a court's analysis of the city's courts); the parser reads each court a "
        "table's row names as a unit (the layout of tables of courts)",
        "figures": "follows from the units",
    },
    # Round 22 (issue 22): ten fresh documents for development (budget and evaluation tables of procuratorates,
    # justice bureaus and a court; press conferences and roundups of several bodies), scored at the session's start
    # (404322b): units 14/33, under the right unit 100/172.
    "danzhou_court_performance_evaluation_scores_2018_r22a": {
        "figures": "a score table's bare points under their columns (15.00, …) are not read: the table's rows are "
        "not found",
    },
    "daying_justice_bureau_project_self_evaluation_table_2023_r22a": {
        "figures": "a target's bound with its measure in the column's head (≤30, 万元) is not read",
    },
    "fengkai_saohei_press_pinyin_trad_2020_r22b": {
        "units": "the county's office against gangs (掃黑除惡辦公室), whose totals the county's press conference "
        "gives, is not read",
        "figures": "their figures go under the bodies read",
        "layout": "the truth calls it a presenter list; the parser reads court lines",
    },
    "henan_business_environment_rectification_press_2020_r22b": {
        "units": "the listed officers' bodies are read, but the court first (全省法院…, the one that opens a clause), "
        "the truth's order is the list's",
        "furniture": "the site's credit line (技术支持：…) is not listed",
    },
    "jiading_justice_bureau_sangong_final_accounts_table_2017_r22a": {
        "figures": "the table above the bureau's title (325.88, …) stands in the lead, no unit's",
    },
    "meishan_procuratorate_sangong_budget_table_2015_r22a": {
        "figures": "a cell-a-line table's total (合计 | 44万元) has no label",
    },
    "national_ip_press_enforcement_bodies_2013_r22b": {
        "units": "the police's figures in the lead (去年全国公安机关破获…5.9万起) stand before any unit; 国家版权局, "
        "named after its parent (国家新闻出版广电总局副局长、国家版权局副局长阎晓宏), is not read",
        "figures": "the lead's figures and the patent office's (全国专利行政执法办案总量…) go under the unit before",
    },
    "procuratorates_drug_day_press_roundup_mirror_2024_r22b": {
        "figures": "the 9 typical cases two hosts release together (四川省高级法院、四川省检察院联合…发布) go "
        "under the second host: the truth gives them to neither",
    },
    "zhejiang_zhengfa_year_review_crntt_trad_2016_r22b": {
        "figures": "the figures stand under the one county procuratorate read",
        "units": "the province's organs, each opening a paragraph of the year's review (公安機關, 我省檢察機關, …), "
        "are not read; a county procuratorate one clause names (浦江县检察院) is read as the text's one body",
        "furniture": "the mirror's page list (【 第1页 第2页 … 】) is not listed",
    },
    # Round 21 (issue 22): ten fresh documents for development (Taiwan's justice statistics and budget tables,
    # procuratorates' data releases), scored at the session's start (404322b): units 5/16, figures 210/276.
    "moj_psychiatric_prison_beds_box_table_trad_r21a": {
        "units": "the prisons a box table's rows name (臺北監獄桃園分監, …), their labels wrapped over lines, are not "
        "read: the text falls back",
        "figures": "counts in digits written one by one in words (六○床, 一五六床) are not read",
        "layout": "fallback, following from the units",
    },
    "spp_halfyear_data_2022_cititic_digest_r21b": {
        "furniture": "the mirror's header (城市镜像.新闻汇总 2022-07-31) is not listed",
    },
    "taiwan_courts_prosecution_staff_cost_table_2023_trad_r21a": {
        "units": "the table's two column groups, the courts' staff (第三類人員: 司法院) and the prosecutors' "
        "(第四類人員: 檢察機關), are the truth's units; the parser reads the one body the text names",
        "figures": "a table a cell a line whose header stacks two levels over years as rows is read in part",
    },
    "taiwan_deferred_prosecution_payments_offices_table_2013_trad_r21a": {
        "units": "the prosecutors' offices the prose compares (最高之臺中地檢署為…,最低之連江地檢署僅…) are not read: "
        "the text falls back",
        "figures": "the appended table's amount (109,617, in 萬元) is not read",
        "furniture": "the site's skip link (跳到主要內容區塊) is not listed",
        "layout": "fallback, following from the units",
    },
    "taiwan_retrieval_warrant_lines_pipe_table_2024_trad_r21a": {
        "units": "the table's column groups, the prosecutors' and the courts' (聲請檢察官同意… / 聲請法院核發…), are "
        "the truth's units; the parser reads a unit from the title (调取票声请案件检察署)",
        "figures": "follows from the units",
    },
    # Round 20 (issue 22): twelve fresh documents for development (tables, statistics bulletins, conference news,
    # speech compilations), scored at the session's start (404322b): units 9/57, under the right unit 198/323.
    "lienchiang_prosecutors_office_budget_plan_table_2026_trad_r20a": {
        "figures": "the budget's amount under its field name (預算金額 / 6,022,000 元() has no label",
    },
    "moj_admin_reconsideration_tables_2019_r20b": {
        "figures": "the departments whose count is 2 or 1 (国管局, 宗教局, …) are scored against the first metric "
        "of that value, another department's",
        "furniture": "the site's section line (政府信息公开) is not listed",
    },
    "moj_lawyers_statistics_2022_mirror_r20b": {
        "furniture": "the mirror's menu of provinces (省份, 城市, 北京市, …) is not listed",
    },
    "qingyuan_songxi_border_forest_liaison_meeting_r20c": {
        "units": "the meeting's two convening courts (庆元法院…与松溪法院…共同牵头) and the two towns they called "
        "together are not read: 庆元法院 alone is",
        "figures": "the dispute's background (15片争议山林, 2次扣人) goes under 庆元法院, not the intro",
        "layout": "the truth calls it a presenter list; the parser reads one court",
    },
    "shenzhen_npc_three_reports_plenary_2022_r20c": {
        "initiatives": "the sixth point of the first list (六h是…: a stray letter in 六是) is not counted",
    },
    "siyang_labour_arbitration_court_presser_spam_r20c": {
        "figures": "the arbitration court's figure before its officer speaks (泗阳仲裁院处理…下降19个百分点) stands in "
        "the lead, no unit's",
        "furniture": "the spam site's injected line (北京雀斑医治医院 http://…) is not listed",
    },
    "spc_annual_data_2023_spam_mirror_a899_r20b": {
        "units": "the courts whose names spam words cut apart (等地江苏、民商明显重庆等法院) are not read",
        "figures": "their figure (超过500件) goes under 最高人民法院",
    },
    "suning_procuratorate_budget_blankline_table_2023_r20a": {
        "figures": "a budget table a cell a line with blank lines and a row of column numbers (1 / 2 / 3 / 4) is "
        "not read: its two amounts (1090.66) are no figures",
    },
    "taiwan_drug_deferred_prosecution_glued_table_2025_trad_r20a": {
        "furniture": "the page's anchor (:::) is not listed",
    },
    # Round 19 (issue 22): four fresh documents and thirteen held-back ones (the speech compilations and older
    # conference news, scored at the end of earlier changes) moved into development, replaced by twenty fresh
    # held-back ones; scored at the session's start (1b1e0b1): units 20/59.
    "china_smart_court_forum_speeches_h8": {
        "units": "the truth lists 最高人民法院 twice, once per speaker (its president, then 副院长贺荣); the parser "
        "gives a court one unit, its second speaker's extract under the same unit",
        "furniture": "the template site's preface (前言:想要写出一篇…范文…) is not listed",
    },
    "kaihua_zhengfa_meeting_2021_h8": {
        "layout": "the truth calls it single_court though it lists three units; the parser reads the officers' "
        "list (副县长、公安局长张飞，县人民法院院长王勇，县人民检察院检察长周红梁分别部署了…) as a presenter list",
    },
    "xuhui_mediation_centre_opening_spun_h5a": {
        "units": "a spun text: 漕河泾街道司法办公室, whose director speaks after a community judge (社区法官代表李俊与"
        "街道镇代表、…主任陈知建进行了交流讲话), and 徐汇区委政法委 and 市高院, who speak by their officers' surnames "
        "and posts (雍书记, 盛永强副院长), are not read: the district court is read alone",
        "initiatives": "follows from the units",
        "figures": "the count of the district's mediators (13个) goes under 徐汇区法院",
        "layout": "single_court, following from the units",
    },
    "yibin_nanxi_xuzhou_exchange_2020_h5a": {
        "units": "order: the parser gives the host 叙州区法院 (南溪区法院…一行到叙州区法院参观交流) before its guest, "
        "the truth the guest first",
        "layout": "the truth calls it a presenter list; the parser reads host and guest as single_court",
    },
    "youth_forum_opening_transcript_2013": {
        "units": "the truth has no presenting unit; the parser reads 重庆高级人民法院, named among the forum's "
        "organisers, as the text's court",
        "furniture": "a repeat of the page's title (第七届开幕式实录) is not listed",
    },
    "chengdu_court_procuratorate_five_years_2018_h9n": {
        "figures": "a ratio in times (2.86倍) gets no label",
        "furniture": "a reporters' line whose names are glued together with no space (本报记者王一多刘冰玉) is "
        "not listed",
    },
    # Round 18 (issue 22): fresh documents, scored at the session's start (04a6886: units 7/15, right unit 105/129).
    "fujian_two_reports_highlights_digest_2021_r18a": {
        "figures": "a subheading over the court's paragraph gives the procuratorate's figure of the paragraph after it "
        "(捕涉黑涉恶犯罪5090人): read as the court's, with the paragraph it heads",
        "furniture": "the site's menu words (电脑版, 飞卡阅读 头条 福州 …) are not listed",
    },
    "gansu_procuratorate_report_2022_r18a": {
        "figures": "a count of indicators after its comparison (其他44项，有24项位居全国前15) gets no label",
    },
    "ruian_mediation_network_brief_r18b": {
        "units": "瑞安市司法局, named once in the third paragraph as the body whose work the new rooms show, is no "
        "unit: the parser falls back",
        "layout": "fallback, following from the units",
    },
    "spp_q1_data_chinadaily_2022_r18b": {
        "furniture": "a share button's text (• weixin) is not listed",
    },
    "xianning_mediation_centre_feature_r18b": {
        "units": "市司法局, which set up the mediation centre, is no unit beside the centre",
        "furniture": "the paper's continuation mark ((上接第一版)) is not listed",
    },
    "xinjiang_zhengfa_roundup_trad_2023_r18a": {
        "units": "烏恰縣公安局 and 公安部, items of a round-up among news with no body, are no units: the "
        "regional high court is read alone",
    },
    "yinzhou_dasong_tribunal_head_feature_r18b": {
        "units": "the court the tribunal's head came from (从…鄞州区人民法院民二庭调到大嵩人民法庭) is read after the "
        "tribunal, not before it: the truth lists the court first",
        "figures": "the tribunal's distance from the court in the opening sentence (距离鄞州法院有38公里) stands "
        "before the tribunal's unit begins",
    },
    # Round 17 (issue 22): fresh documents, scored before the parser was touched for them (units 6/14).
    "chongqing_lianghui_procuratorate_brief_2021_r17d": {
        "furniture": "the site's disclaimer (【免责声明】上游新闻客户端未标有…) has no mark",
    },
    "haikou_npc_court_report_vote_2023_r17d": {
        "furniture": "the site's menu of columns on one line (本网头条 今日要闻 高层动态 …) has no mark: a table's "
        "header row of column names has the same shape",
    },
    "kaijiang_cppcc_two_reports_2023_r17d": {
        "figures": "the year of the report (他谈到，2022年，…全年共受理案件4220件) is five clauses before its counts: "
        "their labels get no year",
        "layout": "the truth calls the text single_court, though it lists the procuratorate too; the parser reads the "
        "session's two reports (听取《…法院工作报告》和《…检察院工作报告》) as a presenter list",
    },
    "macau_judicial_year_opening_crntt_2021_trad_r17d": {
        "units": "檢察院, whose head speaks by his name alone (檢察長葉迅生 in the guests' list, then 葉迅生表示), "
        "is no unit",
        "furniture": "the page's pager (【 第1页 第2页 】) has no mark",
    },
    "meizhou_npc_court_report_vote_2023_r17d": {
        "furniture": "a column's name alone above the title (政法要闻) has no mark",
    },
    "zongzhi_centre_typical_materials_fanwen_2025_r17c": {
        "units": "its title's body (县综治中心规范化建设典型材料) is read as the unit; the material is told by "
        "县委政法委",
        "figures": "the two figures go under 县综治中心 (see units)",
    },
    # Round 16 (issue 22): fresh documents, scored before the parser was touched for them (units 13/43).
    "anti_gang_campaign_bodies_digest_big5_2007_r16c": {
        "units": "檢察機關 and 法院, whose figures follow 公安部's in the digest, are no units: 公安部 is read alone",
        "figures": "the procuratorates' and the courts' figures (246件) go under 公安部 (see units)",
        "furniture": "the reporter's name in brackets at the end (（张耀宇）) is not listed",
    },
    "funing_prelitigation_mediation_2021_r16b": {
        "figures": "a count in words inside quotation marks (“四个中心”) is not read",
    },
    "dongfeng_mobile_mediation_room_2025_r16b": {
        "furniture": "the date line of the page (2025年05月23日16:47 |) is not listed",
    },
    "hunan_high_court_video_conference_2019_r16a": {
        "units": "最高人民法院, whose video conference the high court attends, is no unit: 湖南高院 is read alone",
        "furniture": "a photo caption repeated twice on one line (湖南高院党组书记、院长田立文在会上作经验发言。…) is "
        "not listed",
    },
    "national_ip_counterfeit_press_2023_r16a": {
        "units": "国家质量强国建设协调推进领导小组办公室 (which publishes the report) and the lead's organs (公安机关, "
        "检察机关) are no units: the four bodies whose officials present are",
    },
    "pingdingshan_ip_press_2023_r16a": {
        "units": "the police's figures (我市公安机关共侦办…124起) stand inside the market regulator's paragraph, "
        "before the court and the procuratorate speak: the police is read second, the truth lists it fourth",
    },
    "qindu_chenyangzhai_tribunal_judges_trad_r16b": {
        "figures": "a count in words with no digit (每人一天至少辦理兩起案件) is not read",
    },
    "telecom_fraud_teleconference_2023_r16a": {
        "furniture": "a lone word of the page (省份) is not listed",
    },
    "two_high_reports_summary_jiemian_2023_r16c": {
        "figures": "counts of policies (出台政策64条, 出台助力中小微企业发展20条) are not read",
        "furniture": "the page's reading marker (正在阅读:) is not listed",
    },
    "xiangcheng_moling_tribunal_move_r16b": {
        "figures": "a bare number between spaces (3个乡镇 87 行政村) and counts in words (四层楼高, 四个特色调解室) "
        "are not read",
        "furniture": "the tags before the text (乔迁仪式 标准化法庭) are not listed",
    },
    "zhengfa_reform_review_xinhua_rednet_2023_r16c": {
        "figures": "the text falls back where its truth names several bodies: its figures stand under none of them",
        "units": "人民法院 (the courts together, with no place) and 最高检 are no units: the parser falls back",
        "furniture": "the byline (新华社记者刘奕湛) is not listed",
        "layout": "fallback, following from the units",
    },
    "zhoukou_fraud_liaison_teleconference_2016_r16a": {
        "units": "the bodies a county's teleconference hears (the city's joint meeting, 市反诈中心, 农行, 工行, "
        "太康县…) are no units the grammar knows: the parser falls back",
        "figures": "217起 (与8月份217起相比) has no label",
        "furniture": "the site's credit line (…由河南新闻网-豫都网提供，转载请注明出处…) is not listed",
        "layout": "fallback, following from the units",
    },
    # Round 15 (issue 22): fresh documents, scored before the parser was touched for them.
    "spc_ip_tribunal_annual_2020_lawfirm_r15a": {
        "units": "the tribunal is named only 法庭 (its full name is in no line of the excerpt): no court name, so the "
        "parser falls back",
        "layout": "fallback, following from the units",
    },
    "citywide_trial_trend_report_2017_docsite_r15a": {
        "furniture": "the document site's numbered notices (- 1、原创力文档(book118)网站文档一经付费…) have no mark",
    },
    "huaining_court_sangong_final_accounts_2017_r15b": {
        "figures": "the 三公 table flattened by a PDF into one line of single spaces (项 目 预算数 决算数 合 计 65.00 "
        "64.87 0 0 公务接待费 21.00 …), its cells out of order, is not read",
        "furniture": "the file name line (怀宁县人民法院2017年“三公”经费决算.pdf) has no mark",
    },
    "zhalaite_procuratorate_project_targets_2025_r15b": {
        "figures": "the form's budget cells (1,030,700.00 after the item's code) and the points of rows with a "
        "qualitative target (定性, then 15 on a line of its own) are not read; its targets and points are",
        "furniture": "the site's banner (今天是： 欢迎访问 …) has no mark",
    },
    "judicial_reform_criminal_divisions_transcript_trad_r15c": {
        "units": "法務部 (named in the chair's thanks) and the speaker's division (司法院刑事廳, in the marker line "
        "林尚諭法官(司法院刑事廳):) are not read: the parser reads 司法院",
        "figures": "counts of kinds in words (八類) are no figures to the parser",
        "furniture": "the SayIt banner (这是总统府司法改革国是会议的SayIt…) has no mark",
    },
    "ningbo_presidents_forum_petitions_r15c": {
        "layout": "single_court where the truth reads the lead's list of who took part (presenter_list)",
    },
    "wuzhong_halfyear_data_consultation_r15c": {
        "units": "全市法院 and 各基层法院, which speak in unattributed quotations, are no units",
        "figures": "the city's and the basic courts' figures (13项) stand under 吴忠市中级人民法院",
        "layout": "single_court where the truth reads the convening court and the courts that report (presenter_list)",
    },
    "zhengfa_rectification_presser_pinyin_trad_r15c": {
        "units": "中央政法委, whose secretary-general speaks alone (陈一新在发布会上介绍了…), is no unit",
        "figures": "the political-legal organs' counts after the public security system's clause (7012件…) go under "
        "公安系统, not 全国政法机关",
    },
    "hk_obscene_articles_table_2018_trad_r8c": {
        "figures": "the waiting-time table (目標 21, then -#-#22) is not read",
    },
    "hk_obscene_articles_table_2007_trad_r8c": {
        "figures": "the waiting-time rows' label (由裁判官将案件移交审裁处到审裁处开始就所涉物品作出决定) is "
        "longer than a header cell may be (24 characters); the not-applicable cells (- |) of the last waiting-time "
        "row are blanked as furniture, so its 32 has no column",
    },
    "hk_magistrates_caseload_table_2009_r8c": {
        "figures": "the waiting-time table (目标, a space, then three years glued: 50 957863) splits several ways "
        "and has no total to decide it",
    },
    # Documents added this session for the shapes the held-back score showed weak (issue 22):
    "luohe_yuanhui_feature_2023": {
        "units": "the village party branch is named in full only inside a sentence "
        "(“说理堂”是源汇区大刘镇南王村党支部为…) and otherwise by a speaker's post, so it heads no passage",
        "figures": "the party branch's 50起 goes under the tribunal whose passage it follows",
    },
    "youth_forum_session1_repost_2013": {
        "furniture": "a picture caption standing alone twice (第七届第一单元实录) has no mark of furniture",
    },
    "county_court_speech_template": {
        "furniture": "the template site's page title (【法院讲话】…（全文）) stands again as a line of its "
        "own; the parser takes it as the document's title and the unit's headline, the truth calls it furniture, "
        "and no rule here tells a repeated page title from a report's own title",
    },
    "dalian_court_wiki_trad": {
        "furniture": "a wiki's section label (基本介绍) and its table of contents (法院简介，机构设定，…) are read as "
        "text: nothing but their wording marks a short list of section names",
    },
    "shenyang_qiangji_feature": {
        "furniture": "the truth lists a section label (声音) and a line it says reads like body text (a presumed photo "
        "caption that no paragraph repeats); both stay text here",
    },
    "spc_tribunal_cases_spam_repost": {
        "units": "the truth reads no presenter; the parser reads the court named in the spam-prefixed title "
        "(JBO竟博最高法发布…) and in the body (最高人民法院…选取40个) as the unit",
        "figures": "40个 goes under 最高人民法院, the truth's has no unit (see units)",
        "furniture": "a spam site's brand line (JBO竟博) has no mark of furniture: no navigation word, counter, "
        "date, credit or separator",
    },
    # Documents added for issue 22 (compilations, bulletins, tables, features, non-court presenters):
    # what defeats the parser today, as the person who wrote each truth found it.
    "quanzhou_paper_table_2014": {
        "furniture": "a lone column label (学术论文, under 栏目导航) is kept as text; the "
        "table's 资料来源 note is listed as furniture",
    },
    # The first held-back set, joined to development on 2026-12-03 (issue 22): what defeats the parser.
    "dali_example_crossstrait_paper_2020": {
        "layout": "the truth names the layout single_court but no unit; the parser reads a paper's cited court as "
        "no presenter and falls back, as the empty units ask",
    },
    "spc_statistics_digits_2008": {
        "figures": "heading 四 lists 196.5万件, whose paragraph is cut off before stating it again, so the bare "
        "heading gives it no label",
    },
    "zhuji_fengqiao_tribunal_feature": {
        "furniture": "a photo caption (图为…) runs into the next paragraph's quotation on one line",
    },
    # Development documents added 2026-12-03 (short self-names, non-court speakers, digests, 萬, flat tables):
    "qingtian_quarter_news_2024": {
        "units": "the court names itself only 我院 (title and body) and its place is only in the site's host "
        "(qt.lsfy.gov.cn); with no court name in the text the parser names the unit after the document",
        "furniture": "a bracketed department byline with a trailing '|' ((立案庭 黄维) |) closes the one paragraph "
        "line and is not read as furniture",
        "layout": "with no named court the parser falls back instead of reading one court's news (single_court)",
    },
    "taiwan_oshlink_overwork_column_2022": {
        "furniture": "the title repeated on a line of its own (without its 【…】 series tag) and a photo caption that "
        "repeats the first sentence and ends 圖片來源:司法院 have no mark the parser knows; only the date and 文/ "
        "byline are",
    },
    "guangdong_report_news_2023_trad": {
        "furniture": "a bracketed picture note ((資料圖片僅供參考)) and a repost site's disclaimer line (免責聲明:…, "
        "with pinyin glosses inside it) have no mark the parser knows; only the 文/ reporter credit is read",
    },
    "hubei_ycfy_execution_table_2010": {
        "figures": "its truth lists the prose's restatement of a table cell again as a figure (2008年合同类案件为106件 "
        "after the table's 合同 2008 cell 106); the parser reads a precise figure a table above already gave as that "
        "cell said again, as the truths of kaifeng_civil_table_2021 and taiwan_caseload_commentary_2026 record it",
    },
    "taiwan_judicial_day_news_2026": {
        "figures": "a from-to pair whose measure is named before the clause (新收案件量，從2022年的357萬件，增加至…; "
        "法官離退人數…從2020年的47人) leaves the first number with an empty label: only a year stands before it",
        "furniture": "the ' date 2026-01-08 ' stamp shares its line with the headline, so the line is not a date line "
        "and nothing is listed as furniture",
    },
    # Development documents added 2026-12-03 afternoon (issue 22, round 3: single courts called 我院 or by a
    # county's short name, meetings of non-court bodies, features of several tribunals, flattened tables, Taiwan
    # news in 萬): what still defeats the parser after this round's rules, as the failures show.
    "jianshi_caseload_2018_r3a": {
        "figures": "a list of year pairs with the measure named once before it (2015年、2016年、2017年收结案分别为:"
        "3075件、2823件,3813件、3513件…) leaves every pair after the first with an empty label",
        "furniture": "a closing 文章出处： 原创 line has no mark the parser knows",
    },
    "yantian_report_2023_r3a": {
        "figures": "a count written as the lone character 一 (仅余一件) is not read: one 一 is too often an article",
    },
    "zanhuang_report_2023_r3a": {
        "figures": "counts in words that begin with 一 or 万 (一名; 近万余名, 近 and 余 together) are not read",
    },
    "yinzhou_report_2021_r3a": {
        "furniture": "a spam mirror's breadcrumb apart by spaces only, a casino brand glued to its end, has no mark",
    },
    "jintan_two_tribunals_trad_r3b": {
        "units": "the two tribunals (朱林法庭, 水北法庭) are named only in the opening paragraph beside their court, "
        "so the parser reads one unit, 金坛法院",
        "figures": "every figure goes under 金坛法院, the county's own description (80%以上) too",
    },
    "three_sifasuo_heads_feature_2018_r3b": {
        "units": "jieba reads 向 of 向山镇司法所 as a preposition, so the name is cut to 山镇司法所; the offices "
        "are named in photo captions and in heading lines (…司法所所长刘凯) that do not begin a section",
        "figures": "the first office's figures go under the last-captioned office (湟源县城关镇司法所)",
        "furniture": "an aggregator's page title (三个司法所长的一天 - 徽广播) and photographer credits (…摄) "
        "have no mark",
    },
    "xinyi_mediation_towns_2006_r3b": {
        "units": "no court is named: of the two towns presenting their mediation work (合水镇, 新宝镇), the "
        "parser reads the first alone",
        "figures": "spans in words (四年, 两年 without petitions) are periods to the parser, and 早十天 is read as "
        "a count",
        "furniture": "a forum's chrome (找回密码, 查看: 6813|回复: 0, the author line) has no mark the parser knows",
    },
    "xiushan_longchi_liaison_meeting_2023_r3b": {
        "figures": "八镇 (a number in words before the measure 镇) is not read",
    },
    "yuzhou_shundian_tribunal_feature_r3b": {
        "units": "a mediation room named after its founder (老刘调解室) is no court and heads no passage of its "
        "own; the parser reads 禹州市人民法院 in its place",
    },
    "tunchang_sutiao_forum_2022_r3b": {
        "figures": "三个派出法庭 is read as part of a court's name, not as a count of 3",
    },
    "taiwan_legislators_inspection_news_2025_r3c": {
        "figures": "the intro's 2人 (the two visiting legislators) goes under 司法院, named in the headline",
    },
    "taiwan_udn_judges_workload_news_r3c": {
        "figures": "the reporter's own lead figures (2127名, 350萬件) go under 司法院, named in the headline; 1千6百案 "
        "is not read",
    },
    # Round 4 (2026-12-03 afternoon): speeches and short news of one court, digests, meetings of non-court
    # bodies, table reports, several courts in one paragraph.
    "baqiao_overtime_2013_r4a": {
        "units": "the court calls itself only 我院 and no court or place is named anywhere (its place is only in the "
        "site's host), so the unit is named after the document",
        "layout": "with no court named the parser falls back instead of reading one court's news",
    },
    "kuangqu_halfyear_meeting_2013_r4a": {
        "furniture": "the court's full name is only in the site's welcome banner (欢迎访问甘肃矿区人民法院，今天是…): "
        "listed as furniture, the line is still taken as the unit's headline",
    },
    "advanced_tribunals_caseload_paper_r4c": {
        "units": "tribunals named by a code and a bracketed place (法庭27(上海陆家嘴)) are no court names to the "
        "grammar, so the parser falls back",
        "figures": "至少需要两天 is read exact where the truth reads over; 7组 (measure 组) and a count sharing the "
        "next number's measure (11115…起) are not read",
        "layout": "with no court read the parser falls back, where the truth names eleven tribunals",
    },
    "guangzhou_trend_analysis_2019_r4c": {
        "units": "市中院 (no place) heads no clause, and 海珠 of the list sharing one 法院 (海珠、白云、越秀、黄埔法院…"
        "分别增长…) heads its own clause only bare (海珠新收…): three of five units",
        "figures": "the intermediate court's figures (56.18%) go under no unit or the district court before them",
        "furniture": "a document-sharing site's chrome (…_第1页 page titles, 下载本文档, 版权说明) has no mark",
    },
    "dongtai_pending_cases_bulletin_2012_r4c": {
        "furniture": "a font-size widget split over three lines (大 | / 中 | / 小) has no mark the parser knows",
    },
    "jianhu_tribunals_quarter_trad_r4c": {
        "units": "the three tribunals are named only in 其中 clauses inside the county court's paragraphs",
        "figures": "the tribunals' figures (73%, 22天) go under 建湖法院",
        "furniture": "a dateline run into the first paragraph (本網鹽城訊) is not listed",
    },
    "minyuegan_presidents_meeting_2009_trad_r4c": {
        "figures": "5家 and 29家, counts of the listed courts, go under the last of the five courts named together "
        "instead of no unit",
        "furniture": "a breadcrumb split over five lines, the dateline and related links are not listed",
    },
    "xinjiang_zhengfa_digest_2022_r4b": {
        "figures": "1258萬余輛次 keeps 辆 and drops 次; the high court's figures sit under 新疆高院, whose key is not "
        "自治区高级人民法院's",
        "furniture": "column labels (封面新聞, 法治速遞), a video credit and bracketed source tags have no mark",
    },
    "guanxian_sansheng_sixian_meeting_2023_r4b": {
        "units": "the bureau that publishes the item, named only in a closing credit ((冠县司法局)), is no unit",
        "furniture": "a closing credit on its own line ((冠县司法局)) and the 关键词/相关新闻 blocks have no mark",
    },
    "shenxian_sansheng_sixian_liaison_r4b": {
        "units": "the two 司法所长 who speak after the bureaus (王奉司法所, 董杜庄司法所) are not read",
        "figures": "四个镇 is read as 四个 under 濮阳市司法局",
    },
    "chuanshangan_mediation_meeting_2016_r4b": {
        "units": "陕西省司法厅基层指导处 (a division, 处, that is no body the grammar knows) is not read",
        "figures": "counts of list members (五市, 三市, 两省) are not read; 33个 and 52个 go under the last bureau",
        "furniture": "breadcrumb words each on a line of its own (要闻, 工作动态, 正文) are not listed",
    },
    "provinces_caseload_halfyear_2019_r4b": {
        "figures": "group counts (两省(市), 6省(市)) are not read",
    },
    "spc_nine_months_courts_news_2016_r4b": {
        "furniture": "the channel bar, app-promotion lines and the page id are not listed",
    },
    # Round 5 (2026-12-03 evening): conference news of several presenters, compilations, one court's short news
    # and digests, collected after the held-back score showed those genres weak: what still defeats the parser.
    "henan_presidents_forum_repost_r5b": {
        "units": "the law school that posts the forum item (郑大法学院) is named once and otherwise says 我院: "
        "it heads no passage and is no unit",
        "furniture": "the forum poster's profile, lines opening with '- ' (阅读权限, 积分, UID, 注册时间), has no mark",
    },
    "jiangsu_liaison_meeting_trad_r5a": {
        "units": "the venue (在淮安法院召開) is read as the court; 南京市秦淮區法院 is named only inside "
        "…等縣()法院交流了…, where the mirror lost a character from the brackets",
    },
    "kaihua_sharedcourt_meeting_r5a": {
        "units": "a list whose items are named by their representatives (芹阳办事处代表及音坑乡下淤未来乡村网格员) "
        "is not read: the village is no body the grammar knows, so only 县人民法院 is a unit",
        "figures": "the county's own closing figures (我县: 56个, 15个…) go under 县人民法院, the one unit",
    },
    "sanya_fuyuan_liandong_meeting_2024_r5a": {
        "furniture": "a date line of its own (时间:2024-05-04) is not listed beside the 来源/作者/浏览量 lines",
    },
    "spc_mediation_demo_courts_speech_2017_r5a": {
        "figures": "六点 (提出六点要求) is not read",
        "furniture": "a lone label line (【通知公告】) has no mark",
    },
    "wendeng_suyuan_news_r5b": {
        "units": "a mediation committee named once mid-paragraph, then 该委员会, heads no passage of its own",
        "figures": "the committee's 996件 and 99%以上 go under 文登区法院",
    },
    "zhejiang_suyuan_feature_2024_r5b": {
        "figures": "the province's GDP figures (突破8万亿元), which the truth gives no unit, go under the high "
        "court, whose unit begins at its first mention",
    },
    "suining_halfyear_pinyin_trad_2007_r5c": {
        "figures": "values with the court's rank run onto them are not read (平均审理天数(23.312) = 23.31, ranked "
        "2) or read whole (执行标的额到位率(72.762): 72.762, a false figure)",
    },
    "national_zhengfa_roundup_2022_r5c": {
        "units": "the organs opening clauses with their figures (公安机关…破获…39.1万起, 全国检察机关…) are read as "
        "units, where the truth reads the roundup as no one body's (no units)",
        "figures": "the organs' counts go under them, where the truth gives none",
        "furniture": "an inline dateline (央视网消息(新闻联播):) and an empty 关键词: line are not listed",
    },
    # Round 6 (2026-12-03 night): one court's short news from many hosts, Hong Kong and Macau tables, wire
    # stories of several courts, features; what still defeats the parser.
    "fenyi_mediation_rate_2010_r6a": {
        "furniture": "the site's font-size switch split over three lines (大 | / 中 | / 小) is not listed",
    },
    "songxi_civil_report_news_2019_r6a": {
        "furniture": "a navigation bar of bars (原创 | 法治福建 | … | 法院 |), the dateline opening the first "
        "paragraph and the closing (朱维龙) are not listed",
    },
    "macau_second_instance_monthly_table_2025_r6b": {
        "figures": "a row label past a header cell's 24 characters "
        "(第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)) leaves its row unread (68 | 0 | 68 | 2 | 66)",
        "units": "the court is named only inside row labels; with no court in the title the parser falls back",
        "layout": "rows of empty cells (|||) and a header split over three lines are read as no unit's text",
    },
    "congjiang_guandong_tribunal_feature_2024_r6c": {
        "figures": "33个人 is read as 33个 (the count is of 人), and 33张 in a subheading is not read",
    },
    "guanxian_dingyuanzhai_judge_feature_trad_r6c": {
        "units": "a line break splits the tribunal's name (冠縣人民 / 法院定遠寨法庭): only the court is read",
        "figures": "不到50公斤 (公斤 is no measure here) and 十幾里 are not read",
    },
    "guangdong_execution_payout_day_2021_r6c": {
        "figures": "广州市两级13家法院 (a number inside the name) opens the city's paragraph; its figures go under the "
        "province until 广州法院 is named; 4246名 follows 169个发放现场 with no words of its own: no label",
        "layout": "the truth reads one court's news; the parser reads two courts' clauses (court_clauses)",
    },
    "shandong_execution_payout_day_r6c": {
        "figures": "一个多月 (a duration in words in a quotation) is not read",
    },
    # Round 7 (2026-12-03 night): one court's news naming other bodies, meetings with bodies that are not courts,
    # mainland tables and statistics pages; what still defeats the parser.
    "changshou_mediation_room_2026_r7b": {
        "figures": "两周内 (a number in words with 周 and 内) is not read",
        "furniture": "a lone × (a close button) is not listed",
    },
    "changzhou_courts_briefing_forum_2020_r7b": {
        "units": "民建常州市委, a party body whose officer speaks, is named only inside a sentence, never by a post "
        "the parser knows (副主委兼秘书长)",
        "initiatives": "its two numbered suggestions (一是/二是) are lost with it",
    },
    "huancui_sujingtiao_forum_r7b": {
        "units": "the police branch the justice bureau holds the meeting with (环翠区司法局联合区法院、公安环翠分局) "
        "is read as a unit too; the truth leaves it out, as it is not reported speaking",
        "figures": "the meeting's 20余人 goes under the justice bureau, not under no unit",
        "furniture": "a stray trailing | is not listed",
    },
    "wujiang_zongzhi_trad_2025_r7a": {
        "units": "the higher court that issued a notice (江苏高院…20個) opens the lead as its subject with a figure: "
        "read as a second court of a news turning from court to court",
        "figures": "the lead's 20個 goes under 江苏高院, not under no unit",
        "layout": "court_clauses where the truth reads one court",
    },
    "daguan_guaqiancun_2021_r7a": {
        "figures": "bare numbers before quoted names (38“法官联络站”13行业协作调解机制) and 不少于三次 (read as a "
        "target) are not read as figures",
    },
    "dinghai_admin_cases_table_r7c": {
        "furniture": "a flip-book page's head (Page 1026 - 舟山市定海区志, P. 1026, the running head) is not listed",
    },
    "harbin_mediation_yearbook_2003_r7c": {
        "furniture": "a breadcrumb on the text's own line (政法 军事 司法行政) is not listed",
    },
    "pengshui_tribunal_press_2021_r7a": {
        "furniture": "a reporter's credit opening a paragraph (重庆彭水网（融媒体记者 杨丽媛 李 峰）10月21日,…) and a "
        "lone 分享 are not listed",
    },
    "zhenping_pingan_2022_r7a": {
        "furniture": "a lone column label above the title (部门工作) is not listed",
    },
    "xuyi_procuratorate_quarter_2023_r7c": {
        "figures": "a bare 0 with no % after 审结率 is not read",
    },
    # Round 8 (2026-12-03 night): meetings whose presenters are not courts, compilations, Hong Kong tables.
    "fangshan_sutiao_centre_visit_2021_r8a": {
        "units": "the centre the meeting visited (房山区多元解纷诉调对接中心) is named outside the list it heard",
    },
    "hubei_zhengfa_exchange_2026_r8b": {
        "furniture": "a date split over three lines (-2026- / 02/10 / 01:24) is not listed",
    },
    "suqian_sucheng_xiangxian_mediation_2020_r8a": {
        "units": "the officers who report are named by post and person only (熊治国汇报了…, 袁震汇报了…), so "
        "宿城区政协 and 宿城法院 are not read; of the rooms visited after 先后到, 双庄街道's is read as 双庄街道",
        "layout": "presenter_list: the places visited, where the truth reads single_court",
    },
    "qingpu_dispute_screening_meeting_2021_r8a": {
        "furniture": "the publication date attached to the title's line (…2021-08-13) is not split off",
    },
    "chaoyang_yayuncun_cases_spam_r8b": {
        "furniture": "a lone Posted line is not listed",
    },
    "miyun_xiwengzhuang_cases_trad_spam_r8b": {
        "furniture": "a spam site's keyword line at the top is not listed",
    },
    "hk_coroners_court_table_2019_r8c": {
        "furniture": "关闭 and the site's other menu words are not listed",
    },
    "xuancheng_execution_payout_day_trad_r6c": {
        "layout": "the truth reads one court's news; the parser reads two courts' clauses (court_clauses)",
    },
    # Round 9 (2026-12-04): compilations and press conferences, scored before the parser was touched (units 3/19).
    "npc_plenary_two_reports_2012_trad_r9c": {
        "units": "最高人民检察院 is heard in the lead (听取…曹建明作最高人民检察院工作报告) but the excerpt ends "
        "before it speaks; the chair's body and the court, each speaking in brackets, are read, the procuratorate "
        "is not",
        "figures": "the year a paragraph opens with (2011年,最高人民法院…) is not carried to the figure of a later "
        "sentence (受理案件11867件)",
    },
    "ershida_zhengfa_presser_points_trad_r9c": {
        "furniture": "a dateline glued to the lead sentence (时间:2022-10-19 15:04:17 来源:央视网今天上午…) is not "
        "listed",
    },
    # Round 10 (2026-12-04): meetings, scored before the parser was touched (units 4/12).
    "yibin_cppcc_court_procuratorate_briefing_r10c": {
        "units": "the committee holding the session (政协宜宾市第六届委员会), whose attendance figures open the "
        "report, is no presenter to the parser; the two bodies it heard are read",
        "furniture": "a newspaper's dateline with a font toggle (宜宾日报 2022-01-08 00:40 大字) is not listed",
    },
    "shaanxi_finance_presser_courts_r10c": {
        "units": "the two regulators holding the press conference with the high court (陕西省高级人民法院联合"
        "陕西金融监管局、陕西省委金融办) and a district named without its court (西安市未央区创新构建…) are not "
        "read; the high court and the courts of the clauses are",
        "figures": "西安市未央区's 3532件 and 10.89天 go under the court of the clause before",
    },
    # Round 11 (2026-12-04): meetings and features, scored before the parser was touched (units 2/4, right
    # unit 6/12, false 8; a court called by its city and county run together, 淄博博山法院, read since).
    "boshan_wusong_cunju_press_2023_r11d": {
        "units": "a town's centre answering reporters' questions beside the court (白塔镇综治中心负责人等就记者提问"
        "进行了详细解答) is no presenter to the parser",
        "furniture": "an aggregator's slogan line (服务粉丝) has no mark",
    },
    # Round 11's tables and bulletins (scored before the parser was touched: units 2/13, figures found 88/121,
    # right unit 37/121; Taiwan's courts, 件次, a lone cell's label from the line above, single-spaced budget
    # tables and the body that publishes a bulletin's figures read since).
    "ip_commercial_court_budget_table_2025_trad_r11t": {
        "figures": "a budget table's rows with fewer amounts than columns (一般建築及設備 3,800 1,668 3,800) are read "
        "from the right, where the truth reads the empty cell second; amounts its 說明 cell's wrapping cut from "
        "千元 (307,927千 元, 24,732  千元, 4  03千元) are not read",
    },
    # Round 11's meetings and features (scored before the parser was touched: units 2/4, right unit 17/21; a
    # paragraph opening at a tribunal of the court, 在众埠法庭, read since).
    "leping_zhongbu_tribunal_visit_r11e": {
        "units": "a provincial high court's division visiting (省高院民一庭庭长胡国运一行到乐平法院考察) is no "
        "presenter to the parser: the visited court is read instead",
        "furniture": "an account's promotion line (关注“景德镇政法”微信公众号…) has no mark",
    },
    "jiangxian_hengshui_tribunal_feature_2021_r11e": {
        "figures": "8万余人 after a comma (下辖…三个乡镇,62个自然村,8万余人) has no label: no words stand before it",
    },
    # Round 12's fresh sample, added at the session's end and scored once, untouched (units 5/10, figures 58/58,
    # right unit 33/58): what defeats the parser, for the next round.
    "ganzhou_xijiao_tribunal_feature_2019_r12d": {
        "layout": "court_clauses: the tribunal and its court each open paragraphs, where the truth says single_court",
        "furniture": "a site's banner with a date widget (欢迎光临临夏长安网 今天是) is not listed",
    },
    "lanling_saohei_press_2020_r12d": {
        "layout": "court_lines: the bodies are read from the sentences they open, where the truth says presenter_list",
    },
    "wenzhou_caishen_liaison_meeting_2022_r12d": {
        "figures": "the court's figures (33%, 21%) go under the committee that holds the meeting with it "
        "(温州市劳动人事争议仲裁委员会与温州市中级人民法院联合召开): the court's part is not delimited",
        "layout": "read as a meeting of the two bodies that hold it (presenter_list); the truth calls it single_court",
    },
    # Round 13's fresh samples (r13d, r13e: twenty documents, each batch scored as it came, before the parser was
    # touched for it; units 18/48 → 36/48, figures found 314/376 → 349/376, under the right unit 230 → 303): what
    # still defeats the parser.
    "dalate_banner_saohei_press_2019_r13d": {
        "units": "旗委 and 政法委, whose figures open the paragraph after a long lead (…工作以来,旗委召开…), are "
        "not read",
        "layout": "court_lines: the bodies are read from the clauses they open, where the truth says presenter_list",
    },
    "maritime_trials_report_2022_2024_trad_r13d": {
        "figures": "南京、青岛、厦门、广州海事法院各1件: one 1件 for four courts is read once, under the last",
    },
    "spc_2015_caseload_repost_tjhexi_r13d": {
        "figures": "3倍 in 同比增幅接近2014年的3倍 is not read as approximate: 接近 stands before the year, not "
        "the number",
    },
    "taiwan_jrf_caseload_burden_tables_r13d": {
        "units": "最高检, a column header of a table (最高检 | 高检署 | 地检署), is read as the text's body",
        "figures": "a table flattened one cell a line with its notes in brackets (499,607 / (新收偵查案)) is not read",
        "furniture": "the site's title line (由下而上建立值得人民信赖的司法) is not listed",
    },
    "wuhan_maritime_caseload_2022_mirror_r13d": {
        "figures": "a figure broken by a lost character (12?件, 52.09?件) is not read",
    },
    "jincheng_saohei_press_2018_r13e": {
        "figures": "the news's own figure (6起典型案件) stands under the political-legal organs",
        "layout": "court_lines: the bodies are read from the sentences they open, where the truth says presenter_list",
    },
    "shanghai_courts_items_digest_trad_2022_r13e": {
        "units": "a digest's items each headed by 上海高院, 上海法院 or 市司法局 after a date are read as one "
        "collective's news",
    },
    "shenzhen_drug_day_press_2017_r13e": {
        "figures": "the lead's figures (全市共破获毒品案件2730宗…) stand under no unit: the truth gives them "
        "深圳公安机关, whose paragraph states them again",
    },
    "spc_halfyear_data_2018_repost_r13e": {
        "units": "the truth names 最高人民法院 twice (as the court and as its office that releases the data); the "
        "parser reads it once",
        "figures": "3个 in 人均收案超过150件的有3个 has no label: what it counts (省份) stands before the threshold",
    },
    "xuancheng_sangong_budget_table_2018_trad_r13e": {
        "furniture": "the release's index table (发布机构 | 市法院 | 发文日期 …) is not listed and its words reach the "
        "records",
    },
    "guanxian_deputies_briefing_2020_r13d": {
        "layout": "single_court: one court speaks in a compilation of deputies' speeches, where the truth says "
        "presenter_list",
    },
    # Round 14's fresh sample (r14d, conference news, scored before the parser was touched for it: units 5/19,
    # under the right unit 46/78): what still defeats the parser.
    "chongqing_ip_press_courts_police_2019_r14d": {
        "units": "the IP office, whose officer gives the courts' figures (据市知识产权局相关负责人介绍,2018年重庆法院"
        "共受理…), is not read as a unit: the court it speaks of is",
        "furniture": "a link's prompt (点击图片看专题) is not listed",
    },
    "saohei_office_press_repost_2020_r14d": {
        "furniture": "the site's name (魅力罗源) is not listed",
    },
    "zhengzhou_npc_inspection_two_courts_2011_r14d": {
        "units": "the city's court and procuratorate, whose figures 全市法院 and 全市检察机关 open, are read first: "
        "the truth lists the six bodies in the order visited",
        "furniture": "the site's section line (郑州人大人大要闻正文) is not listed",
    },
    # Round 14's fresh digests (r14d, scored before the parser was touched for them: units 6/18, under the right
    # unit 8/23): what defeats the parser.
    "hubei_drug_day_courts_roundup_trad_2023_r14d": {
        "units": "the collectives the roundup turns to (湖北三级法院, 襄阳、十堰、咸宁、黄冈等地法院, …) are not read: "
        "one 省法院 is",
        "figures": "their figures go under 省法院",
        "furniture": "a bracketed picture note (（资料图片仅供参考）) is not listed",
    },
    "shijiazhuang_xianfa_day_counties_digest_2014_r14d": {
        "units": "an item headed by a county alone (井陉县组织…) is not read as a unit",
        "figures": "its figures go under the item before (石家庄市行唐县普法办)",
    },
    "legislative_yuan_judicial_revenue_budget_table_2020_trad_r11t": {
        "units": "最高法院 (Taiwan's, read as the mainland's 最高人民法院 by its short name) and 法官學院 (an "
        "academy, no court) are not units",
        "figures": "the table's year, 110年度 in the Republic's calendar (2021), is not read into its cells",
    },
}


@cache
def load(slug: str):
    raw = (CORPUS / f"{slug}.txt").read_text(encoding="utf-8-sig")
    truth = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
    return document_from_text(slug, f"corpus:{slug}", raw), truth


def case(slug: str, check: str):
    reason = XFAIL.get(slug, {}).get(check)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(slug, marks=marks, id=slug)


def cases(check: str):
    return [case(s, check) for s in SLUGS]


@pytest.mark.parametrize("slug", cases("units"))
def test_units_in_order_under_their_canonical_names(slug):
    doc, truth = load(slug)
    want = [canonical(clean(u["name"])) for u in truth["units"]]
    first = {}  # a court the text comes back to (court_clauses) is one unit, where the text first gives it
    for u in doc.records["units"]:
        first.setdefault(u["name"], u)
    got = [keys(u) for u in first.values()]
    if not want:
        assert doc.structure.fallback or got == []
        return
    assert len(got) == len(want), list(first)
    for key, unit_keys in zip(want, got, strict=True):
        assert key in unit_keys, (key, unit_keys)


@pytest.mark.parametrize("slug", cases("initiatives"))
def test_initiatives_counted_where_the_truth_counts_them(slug):
    doc, truth = load(slug)
    for u in truth["units"]:
        if u.get("initiatives") is None:
            continue
        unit = unit_of(doc, u["name"])
        assert unit is not None, u["name"]
        got = [i["title"] for i in doc.records["initiatives"] if i["unit"] == unit["name"]]
        assert len(got) == u["initiatives"], got


@pytest.mark.parametrize("slug", cases("figures"))
def test_every_truth_figure_under_its_unit_with_a_usable_label_and_year(slug):
    doc, truth = load(slug)
    metrics = doc.records["metrics"]
    for fig in truth["figures"]:
        unit = figure_unit(doc, truth, fig)
        found = [m for m in metrics if matches(m, fig)]
        assert found, (fig, [m["raw"] for m in metrics])
        m = closest(found, fig, unit["name"] if unit else None)
        assert m["unit"] == (unit["name"] if unit else None), (fig, m["unit"])
        assert usable(m["label"]), (fig, m["label"])
        if (year := label_year(fig)) is not None:  # a table's column year: some cell read with that value has it
            assert year in [f["year"] for f in found], (fig, [(f["label"], f["year"]) for f in found])


@pytest.mark.parametrize("slug", cases("furniture"))
def test_furniture_is_listed_and_kept_out_of_units_initiatives_and_figures(slug):
    doc, truth = load(slug)
    listed = [f["text"] for f in doc.records["furniture"]]
    records = [
        *(v for u in doc.records["units"] for v in (u["name"], u["headline"], u["summary"])),
        *(v for i in doc.records["initiatives"] for v in (i["title"], i["body"])),
        *(v for m in doc.records["metrics"] for v in (m["label"], m["sentence"], m["raw"])),
    ]
    body = blank(doc.text.clean, doc.structure.furniture)  # the text with its furniture taken out
    for line in truth["furniture"]:
        line = clean(line)
        if not line:
            continue
        assert any(line in f or f in line for f in listed), (line, listed)
        repeated = any(line in ln and ln.strip() != line for ln in body.split("\n"))
        if not repeated:  # a caption that the next paragraph repeats inside a sentence is found there, rightly
            assert not any(line in r for r in records if r), line


@pytest.mark.parametrize("slug", cases("layout"))
def test_layout_reported(slug):
    doc, truth = load(slug)
    (record,) = doc.records["documents"]
    assert record["layout"] in LAYOUTS
    assert record["fallback"] == (record["layout"] == "fallback")
    if truth["layout"] in ("presenter_list", "single_court"):
        assert record["layout"] == truth["layout"]
    if truth["units"]:
        assert record["layout"] != "fallback"


# The corpus's convention for collectives (data/library/README.md): every court of a jurisdiction together does not
# present; the court that speaks for the jurisdiction does. Checked on every truth, the held-back ones included.
SPEAKS_FOR = [  # a collective's words, and the words of the court that speaks for it
    (re.compile(r"^全国(?:人民)?法院|^各级法院"), re.compile(r"最高")),
    (re.compile(r"^全省(?:人民)?法院|三级法院"), re.compile(r"高级人民法院|高院|^省法院")),
    (re.compile(r"^全市(?:人民)?法院|两级法院"), re.compile(r"中级人民法院|中院|^市法院")),
]


@pytest.mark.parametrize("slug", library.slugs())
def test_no_truth_lists_a_collective_beside_the_court_that_speaks_for_it(slug):
    truth = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
    names = [clean(u["name"]) for u in truth["units"]]
    for collective, court in SPEAKS_FOR:
        if any(collective.search(n) for n in names):
            assert not any(court.search(n) for n in names), names
