"""Interface strings in simplified Chinese and English (unit names and source text stay Chinese)."""

from __future__ import annotations

LANGS = ("zh", "en")

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("法院经验交流", "Court experience explorer"),
    "overview": ("概览", "Overview"),
    "search": ("检索", "Search"),
    "reader": ("原文", "Reader"),
    "data": ("数据", "Data"),
    "language": ("语言", "Language"),
    "units": ("单位", "Units"),
    "all_units": ("全部单位", "All units"),
    "conference": ("会议", "Conference"),
    "date": ("日期", "Date"),
    "level": ("层级", "Level"),
    "headline": ("标题", "Headline"),
    "n_units": ("交流单位", "Presenting units"),
    "n_initiatives": ("举措", "Initiatives"),
    "n_metrics": ("数据指标", "Figures"),
    "n_achievements": ("荣誉与排名", "Honours & rankings"),
    "n_concepts": ("概念", "Concepts"),
    "metrics_chart": ("各单位数据指标", "Figures by unit"),
    "achievements": ("荣誉与排名", "Honours and rankings"),
    "shared_concepts": ("共同概念", "Most shared concepts"),
    "query": ("检索词（简体、繁体或拼音）", "Search term (simplified, traditional or pinyin)"),
    "query_placeholder": ("例如：无讼社区、無訟社區、wusong shequ", "e.g. 无讼社区, 無訟社區, wusong shequ"),
    "hits": ("处命中", "hits"),
    "hits_by_unit": ("各单位命中数", "Hits per unit"),
    "dispersion": ("命中在各单位文本中的位置", "Where the hits fall in each unit's text"),
    "kwic": ("上下文", "Keyword in context"),
    "open_in_reader": ("原文", "read"),
    "no_query": ("输入检索词，或从下面的概念开始：", "Type a term, or start from one of these concepts:"),
    "no_hits": ("没有找到“{q}”。试试这些概念：", "No hits for “{q}”. Try one of these concepts:"),
    "by_pinyin": ("按拼音匹配", "matched by pinyin"),
    "query_cut": ("检索词过长，已截取前 {n} 个字符。", "The query was too long and was cut to {n} characters."),
    "show_source": ("显示原始文本（繁体、含拼音）", "Show the original source text (traditional, with pinyin)"),
    "unit": ("单位", "Unit"),
    "intro": ("导语", "Introduction"),
    "passage": ("定位段落", "The passage you opened"),
    "legend": (
        "黄色：检索命中；绿色：已校正（悬停看原文与理由）；蓝色下划线：数据指标。",
        "Yellow: search hits; green: corrected text (hover for the original and reason); blue underline: figures.",
    ),
    "corrections": ("校正记录", "Corrections"),
    "filter_units": ("按单位筛选", "Filter by unit"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_json": ("下载全部数据（JSON）", "Download everything (JSON)"),
    "share": ("分享链接（复制后发送给同事）", "Link to this view (copy and send)"),
    "ignored_param": ("已忽略无法识别的链接参数：{p}", "Ignored an unrecognised link parameter: {p}"),
    "value": ("数值", "Value"),
    "measure": ("计量单位", "Measure"),
    "label": ("指标", "Label"),
    "qualifier": ("限定", "Qualifier"),
    "raw": ("原文写法", "As written"),
    "sentence": ("句子", "Sentence"),
    "initiative": ("举措", "Initiative"),
    "table_units": ("单位", "Units"),
    "table_initiatives": ("举措", "Initiatives"),
    "table_metrics": ("数据指标", "Figures"),
    "table_achievements": ("荣誉与排名", "Honours"),
    "table_concepts": ("概念", "Concepts"),
    "table_corrections": ("校正", "Corrections"),
    "rows": ("行", "rows"),
    "percent": ("比例（%、百分点）", "Rates (%, points)"),
    "count": ("数量", "Counts"),
    "money": ("金额（元）", "Money (yuan)"),
    "no_data": ("所选单位没有此类数据。", "The selected units have no data of this kind."),
}


def t(key: str, lang: str = "zh", **kwargs: object) -> str:
    """The string for ``key`` in ``lang`` (Chinese when the language is unknown).

    >>> t("search", "en"), t("search", "zh"), t("query_cut", "en", n=200)[:9]
    ('Search', '检索', 'The query')
    """
    zh, en = STRINGS[key]
    text = en if lang == "en" else zh
    return text.format(**kwargs) if kwargs else text
