"""Interface strings in simplified Chinese and English (unit names and source text stay Chinese)."""

from __future__ import annotations

from explorer.present.pages import PAGES
from explorer.read.courts import LEVELS
from explorer.read.genres import BY_ID as GENRE_BY_ID
from explorer.read.lexicon import INTRO, MEASURES

LANGS = ("zh", "en")

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("法院经验交流", "Court experience explorer"),
    "language": ("语言", "Language"),
    "units": ("单位", "Units"),
    "all_units": ("全部单位", "All units"),
    "conference": ("会议", "Conference"),
    "date": ("日期", "Date"),
    "level": ("法院层级", "Court level"),
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
    "source_of_text": ("原始文本：{path}（纯文本）", "Source text: {path} (plain text)"),
    "source_of_extracted": (
        "原始文本：从 {path}（{kind}）提取的文字；版面杂项见数据页的 furniture",
        "Source text: the text extracted from {path} ({kind}); what was left out is listed as furniture",
    ),
    "unit": ("单位", "Unit"),
    "intro": ("导语", "Introduction"),
    "by_year_level": ("按年份和法院层级的命中数", "Hits by year and court level"),
    "passage_again": (
        "……报告转述其他法院之后，又回到这家法院：",
        "… after other courts, the report comes back to this one:",
    ),
    "passage": ("定位段落", "The passage you opened"),
    "legend": (
        "黄色：检索命中；绿色：已校正；蓝色下划线：数据指标。点按（或悬停）绿色、蓝色文字可看原文与说明。",
        "Yellow: search hits; green: corrected text; blue underline: figures. Tap (or hover over) green or blue "
        "text for the original and a note.",
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
    "initiative_n": ("举措{n}", "Initiative {n}"),
    "table_units": ("单位", "Units"),
    "table_initiatives": ("举措", "Initiatives"),
    "table_metrics": ("数据指标", "Figures"),
    "table_achievements": ("荣誉与排名", "Honours"),
    "table_concepts": ("概念", "Concepts"),
    "table_corrections": ("乱码修复", "Text repairs"),
    "table_edits": ("校正记录", "Corrections"),
    "col_target": ("对象", "Target"),
    "col_new_value": ("改为", "Changed to"),
    "download_original": ("⬇ 下载原文件（{name}）", "⬇ Download the original file ({name})"),
    "status_applied": ("已应用", "applied"),
    "status_stale": ("已失效（对象已不存在）", "stale (its target is gone)"),
    "col_who": ("校正人", "By"),
    "col_when": ("时间", "When"),
    "col_note": ("说明", "Note"),
    "col_document": ("报告", "Report"),
    "correct": ("校正这份报告的读取结果", "Correct how a report was read"),
    "correct_help": (
        "改名或合并单位、删除误读的数据、修改数据的指标名称。每条校正都记下校正人和时间，随数据导出；"
        "报告重新读取时会再次应用。",
        "Rename or merge a unit, drop a figure read by mistake, fix a figure's label. Each correction "
        "records who made it and when, is exported with the data and applied again when the report is read again.",
    ),
    "correct_report": ("报告", "Report"),
    "correct_action": ("校正什么", "Correction"),
    "kind_rename_unit": ("单位改名（改成另一单位的名称即合并）", "Rename a unit (another unit's name merges them)"),
    "kind_drop_figure": ("删除误读的数据", "Drop a figure read by mistake"),
    "kind_relabel_figure": ("修改数据的指标名称", "Fix a figure's label"),
    "kind_repair_text": ("修复乱码", "Repair corrupted text"),
    "correct_target": ("对象", "Which one"),
    "correct_value": ("新名称", "New name or label"),
    "correct_who": ("校正人", "Your name"),
    "correct_note": ("说明（可选）", "Why (optional)"),
    "correct_apply": ("应用校正", "Apply"),
    "correct_done": ("已校正并重新读取“{doc}”。", "Corrected and read “{doc}” again."),
    "correct_shared": (
        "“{doc}”属于共享数据：这条校正已记下，但不会直接改动大家看到的数据。请下载校正记录（CSV），"
        "交给管理员加入 data/edits.csv，重建后对所有人生效。",
        "“{doc}” belongs to the shared data: the correction is recorded but does not change what everyone "
        "sees. Download the corrections (CSV) for the operator to add to data/edits.csv; the next build applies them.",
    ),
    "correct_download": ("下载本次会话的校正记录（CSV）", "Download this session's corrections (CSV)"),
    "rows": ("行", "rows"),
    "percent": ("比例（%、百分点）", "Rates (%, points)"),
    "count": ("数量", "Counts"),
    "money": ("金额（元）", "Money (yuan)"),
    "no_data": ("所选单位没有此类数据。", "The selected units have no data of this kind."),
    "documents": ("文档", "Documents"),
    "library": ("加入样例库（真实公开报告）", "Add the sample library (real public reports)"),
    "library_help": (
        "{n} 份来自各地法院网站、人大网站和媒体的公开报告，附来源；默认只看首份报告。",
        "{n} public reports from court, people's congress and news sites, with their sources; off by default.",
    ),
    "year": ("年份", "Year"),
    "year_not_given": ("年份不明", "no year"),
    "report": ("报告", "Report"),
    "as_written": ("原文标签", "Label as written"),
    "match_confidence": ("匹配可信度", "Match confidence"),
    "court_pick": ("法院", "Court"),
    "court_n_reports": ("{name}（{n} 份报告）", "{name} ({n} reports)"),
    "court_none": (
        "当前范围内没有法院。请放宽左侧筛选，或打开样例库。",
        "No court in view. Widen the restriction in the sidebar, or add the sample library.",
    ),
    "court_reports": ("历年报告", "Its reports"),
    "court_series": ("数据的历年变化", "Its figures over the years"),
    "court_series_help": (
        "同一指标在不同报告中按指标名称和计量单位匹配，表中给出匹配可信度（100% 为名称相同）。"
        "空心点为约数，三角为下限。",
        "An indicator is matched across reports by its label and measure; the table gives each match's "
        "confidence (100%: the same label). Hollow dots are approximate figures, triangles lower bounds.",
    ),
    "court_no_series": (
        "这家法院的报告中还没有在两份报告里都出现的指标。",
        "No indicator appears in two of this court's reports yet.",
    ),
    "court_one_report": (
        "这家法院在当前范围内只有一份报告。加入其他年份的报告（上传，或打开左侧的样例库）即可看到历年变化。",
        "This court has one report in view. Add a report of another year (upload one, or add the sample "
        "library in the sidebar) to see what changed.",
    ),
    "apart": ("这些不是同一指标（拆开匹配）", "Not the same indicator (undo these matches)"),
    "apart_none": ("匹配无误", "Every match is right"),
    "apart_help": (
        "选中的数据不再与早先报告的同名指标相连，单独列为一个指标；链接会保留这一更正。",
        "A figure chosen here no longer joins the earlier report's indicator and stands on its own; "
        "the link keeps the correction.",
    ),
    "what_changed": ("两份报告之间的变化", "What changed between two reports"),
    "changed_before": ("较早的报告", "Earlier report"),
    "changed_after": ("较晚的报告", "Later report"),
    "changed_none": ("这两份报告没有共同的指标。", "These two reports share no indicator."),
    "initiative_changes": ("举措：新增、延续、不再提及", "Initiatives: new, continued, no longer mentioned"),
    "status_new": ("新增", "new"),
    "status_first": ("首份报告", "first report"),
    "initiatives_by_report": (
        "历年举措（逐份报告，与上一份相比）",
        "Initiatives report by report (against the one before)",
    ),
    "status_continued": ("延续", "continued"),
    "status_dropped": ("未再提及", "not mentioned again"),
    "up": ("▲ 上升", "▲ up"),
    "down": ("▼ 下降", "▼ down"),
    "same": ("＝ 持平", "= same"),
    "flag_qualifier": ("约数与确数相比，仅供参考", "approximate against exact: read with care"),
    "corpus_reports": ("报告一览", "The reports"),
    "restrict": ("按年份、地区、法院层级、体裁筛选", "Restrict by year, province, court level, genre"),
    "years": ("年份", "Years"),
    "province": ("省份", "Province"),
    "genre": ("体裁", "Genre"),
    "any": ("不限", "Any"),
    "restrict_empty": (
        "没有报告或法院符合筛选条件（{what}）。请放宽左侧的筛选。",
        "No report or court matches the restriction ({what}). Widen it in the sidebar.",
    ),
    # saved subcorpora (explorer/corpus/subcorpus.py, the sidebar)
    "subcorpora": ("子语料", "Subcorpora"),
    "sub_active": ("子语料：{name} · {n} 篇报告", "Subcorpus: {name} · {n} reports"),
    "sub_courts": ("只取这些法院（可选）", "Only these courts (optional)"),
    "sub_name": ("把当前选择保存为子语料，名称：", "Save the current choice as a subcorpus, named:"),
    "sub_name_hint": ("例如：两年中院", "e.g. two years of intermediate courts"),
    "sub_save": ("保存子语料", "Save subcorpus"),
    "sub_use": ("使用", "Use"),
    "sub_stop": ("停用", "Stop using"),
    "sub_remove": ("删除", "Remove"),
    "sub_bad": ("无法保存子语料：{why}", "Cannot save the subcorpus: {why}"),
    "sub_too_long": (
        "无法保存：所有子语料合计超过 {n} 个字符，链接放不下。请先删除一个，或少选几份报告。",
        "Not saved: the saved subcorpora together would pass {n} characters, too long for a link. Remove one, "
        "or choose fewer reports.",
    ),
    "sub_bad_name": (
        "子语料需要一个名称：1 至 {n} 个字，不含 | = , 、换行或控制字符。",
        "A subcorpus needs a name of 1 to {n} characters, without | = , line breaks or control characters.",
    ),
    "sub_unknown": (
        "子语料“{name}”含有当前语料中没有的报告或法院（是否需要打开样例库？）。",
        "Subcorpus “{name}” names a report or court this corpus lacks (is the sample library on?).",
    ),
    "kw_target_sub": ("目标：子语料（默认：当前选择）", "Target: a subcorpus (default: the current choice)"),
    "kw_reference_sub": ("参照：子语料（默认：上面的参照报告）", "Reference: a subcorpus (default: the reports above)"),
    "kw_no_sub": ("（不用）", "(none)"),
    "kw_sub_empty": ("子语料“{name}”在当前语料中没有内容。", "Subcorpus “{name}” holds nothing of this corpus."),
    "all_documents": ("全部文档", "All documents"),
    "documents_listed": (
        "共 {n:,} 份文档，列出前 {k} 份；其他文档请输入编号后回车。",
        "{n:,} documents; the first {k} are listed, type any other's id and press Enter.",
    ),
    "upload": ("上传自己的报告（.txt、网页、Word、PDF）", "Add your own report (.txt, web page, Word, PDF)"),
    "upload_help": (
        "UTF-8、GBK/GB18030、Big5、UTF-16 均可，每个最大 {mb} MB，最多 {files} 个、共 {total} MB；"
        "只在本次会话中使用，不会保存到服务器。",
        "UTF-8, GBK/GB18030, Big5 or UTF-16, up to {mb} MB each, {files} files and {total} MB in all; "
        "used in this session only, never saved on the server.",
    ),
    "upload_ok": (
        "已加入“{name}”：{units} 个单位，{metrics} 项数据指标。",
        "Added “{name}”: {units} units, {metrics} figures.",
    ),
    # the team library (explorer/ui/publish.py)
    "team_read_key": ("阅读密钥（请向管理员索取）", "Reading key (ask the operator)"),
    "team_open": ("打开", "Open"),
    "team_read_refused": ("密钥不对，未打开。", "Wrong key: not opened."),
    "team_publish_title": ("**发布“{doc}”到团队库**", "**Publish “{doc}” to the team library**"),
    "team_private_until": (
        "上传的报告只在本会话中可见；发布后保存在服务器的团队库中，所有同事都能检索，并记录发布人和时间。",
        "An upload is seen in this session only; published, it is kept on the server in the team library, "
        "searchable by every colleague, with who published it and when.",
    ),
    "team_key": ("发布密钥", "Publishing key"),
    "team_publish": ("发布", "Publish"),
    "team_refused": ("密钥不对：已拒绝，没有写入任何内容。", "Wrong key: refused, nothing was written."),
    "team_published": (
        "已以 {who} 的名义发布“{doc}”；几秒内加入团队库，所有同事都能检索。链接：",
        "Published “{doc}” as {who}; the builder adds it within a few seconds, searchable by everyone. Link:",
    ),
    "team_published_by": ("“{doc}”由 {who} 于 {when} 发布到团队库", "“{doc}” published by {who}, {when}"),
    "team_remove_title": ("从团队库移除“{doc}”", "Remove “{doc}” from the team library"),
    "team_remove": ("移除", "Remove"),
    "team_removed": (
        "已以 {who} 的名义移除“{doc}”；几秒内从团队库消失。",
        "Removed “{doc}” as {who}; it leaves the team library within a few seconds.",
    ),
    "team_not_published": (
        "“{doc}”不是团队库中已发布的报告。",
        "“{doc}” is not a published report of the team library.",
    ),
    "team_not_a_report": ("“{name}”不是可发布的报告文件。", "“{name}” is not a report file that can be published."),
    "team_too_large": ("“{name}”超过 {mb} MB，无法发布。", "“{name}” is over {mb} MB and cannot be published."),
    "team_no_library": (
        "团队库的文件夹不存在，请告知管理员。",
        "The team library's folder is missing: tell the operator.",
    ),
    "team_failed": (
        "“{name}”未能写入团队库，请告知管理员。",
        "“{name}” could not be written to the team library: tell the operator.",
    ),
    "team_ignored_keys": (
        "管理员设置的这些密钥过短或无效，已停用：{names}",
        "These keys in the operator's secrets are too short or not text, and do not work: {names}",
    ),
    "team_arriving": (
        "报告“{doc}”刚发布到团队库，正在加入，请几秒后重新打开此链接。",
        "The report “{doc}” was just published and is being added: open this link again in a few seconds.",
    ),
    "team_removed_notice": (
        "报告“{doc}”已由 {who} 于 {when} 从团队库移除。",
        "The report “{doc}” was removed from the team library by {who}, {when}.",
    ),
    "docs_private": (
        "报告“{doc}”不在这里：它是在另一个浏览器会话中上传的，没有发布。请发送者把它发布到团队库后再发链接。",
        "The report “{doc}” is not here: it was uploaded in another browser session and not published. "
        "Ask the sender to publish it to the team library, then open the link again.",
    ),
    "docs_private_alone": (
        "报告“{doc}”不在这里：它是在另一个浏览器会话中上传的，上传的报告只在上传它的会话中可见。请向发送者索取文件。",
        "The report “{doc}” is not here: it was uploaded in another browser session, and an upload is seen only "
        "in the session that made it. Ask the sender for the file.",
    ),
    "upload_empty": ("“{name}”是空文件。", "“{name}” is empty."),
    "upload_too_large": (
        "“{name}”有 {mb} MB，超过 {limit} MB 的上限。",
        "“{name}” is {mb} MB, over the {limit} MB limit.",
    ),
    "upload_binary": ("“{name}”不是文本文件，无法读取。", "“{name}” is not a text file."),
    "upload_too_damaged": (
        "“{name}”看似 {encoding} 编码的中文文本，但 {percent}% 是无法解码的损坏字节（最多 1%），未读取。",
        "“{name}” looks like {encoding} Chinese text, but {percent}% of it is damaged bytes (at most 1% is read).",
    ),
    "upload_note_damaged_bytes": (
        "“{name}”按 {encoding} 读取，其中 {bytes} 个损坏字节无法解码，已标为 �。",
        "“{name}” was read as {encoding}; {bytes} damaged byte(s) could not be decoded and are marked �.",
    ),
    "upload_no_chinese": ("“{name}”中没有中文内容。", "“{name}” contains no Chinese text."),
    "upload_too_slow": (
        "“{name}”在 {seconds} 秒内未能读完，已停止。请拆分成较小的文件后再上传。",
        "“{name}” could not be read within {seconds} s and was stopped; split it into smaller files.",
    ),
    "upload_too_many": (
        "“{name}”未读取：每次会话最多 {files} 个文件、共 {mb} MB。请先移除其他文件。",
        "“{name}” was not read: a session keeps at most {files} files, {mb} MB in all. Remove a file first.",
    ),
    "upload_failed": ("“{name}”无法读取。", "“{name}” could not be read."),
    "upload_disguised": (
        "“{name}”的扩展名是 {suffix}，内容却是{kind}。",
        "“{name}” is named {suffix} but holds {kind}.",
    ),
    "upload_damaged": ("“{name}”是损坏的 {format} 文件（{why}）。", "“{name}” is a damaged {format} file ({why})."),
    "upload_legacy_doc": (
        "“{name}”是旧版 Word（.doc）文件：请用 Word 或 LibreOffice 另存为 .docx 后再上传。",
        "“{name}” is an old Word .doc file: save it as .docx in Word or LibreOffice and upload that.",
    ),
    "upload_expands": (
        "“{name}”解压后超过 {limit} MB，未读取。",
        "“{name}” unpacks to over {limit} MB and was not read.",
    ),
    "upload_too_many_pages": (
        "“{name}”有 {pages} 页，超过 {limit} 页的上限。",
        "“{name}” has {pages} pages, over the {limit}-page limit.",
    ),
    "upload_no_text_layer": (
        "“{name}”没有文字层（扫描件，页面是图片），本机未安装文字识别（tesseract-ocr-chi-sim）。请先做文字识别（OCR）。",
        "“{name}” has no text layer (a scan: its pages are images) and no OCR is installed here "
        "(tesseract-ocr-chi-sim); run OCR on it first.",
    ),
    "upload_no_text_found": (
        "“{name}”没有文字层，文字识别（OCR）在其 {pages} 页图片中也未找到文字。",
        "“{name}” has no text layer, and OCR found no text on its {pages} page image(s).",
    ),
    "upload_scan_too_long": (
        "“{name}”是 {pages} 页的扫描件，超过文字识别的 {limit} 页上限。请拆分后上传，或使用带文字层的 PDF。",
        "“{name}” is a scan of {pages} pages, over the {limit} pages read by OCR; split it or use a PDF with text.",
    ),
    "upload_note_ocr": (
        "“{name}”没有文字层：其 {pages} 页图片由文字识别（{engine}）读取。请对照扫描件核对文字和数字；表格按行读取。",
        "“{name}” has no text layer: its {pages} page image(s) were read by OCR ({engine}). Check words and "
        "figures against the scan; tables are read as lines.",
    ),
    "upload_unsupported": (
        "“{name}”不是可读取的报告格式（{formats}）。",
        "“{name}” is not a format read here ({formats}).",
    ),
    "fallback": (
        "“{doc}”中没有提到任何法院：整篇按一个单位处理，每段作为一项举措。",
        "“{doc}” names no court anywhere: it is read as one unit, each paragraph an initiative.",
    ),
    "part": ("部分", "Part"),
    "col_confidence_read": ("结构读取", "Structure read"),
    "confidence_high": ("可靠", "sure"),
    "confidence_check": ("请核对", "check it"),
    "confidence_low": ("未找到单位", "no unit found"),
    "confidence_line_heads": (
        "单位是从行首的法院名称推断的，请核对单位划分。",
        "Units were read from court names at the head of lines: check where each begins.",
    ),
    "confidence_court_clauses": (
        "单位是从以法院开头、带有数字的分句推断的：每个数字归于它前面最近的法院，请核对。",
        "Units were read from clauses that open with a court and give figures: each figure goes to the court "
        "before it. Check them.",
    ),
    "confidence_table_rows": (
        "单位是从表格中写明单位名称的各行推断的：每行的数字归于该行的单位，请核对。",
        "Units were read from the rows of a table that name bodies: each row's figures go to its body. Check them.",
    ),
    "confidence_listed_not_delimited": (
        "导语列出了发言单位，但正文没有标出各单位从哪里开始：请核对各单位的内容。",
        "The introduction lists the presenters but the text does not mark where each speaks: check each unit's text.",
    ),
    "confidence_named_once": (
        "全文只提到一次这家法院，单位是据此推断的：请核对。",
        "The text names its court only once; the unit was inferred from it: check it.",
    ),
    "showing": (
        "共 {n} 项，图中显示前 {k} 项；全部见“数据”页。",
        "{n} in all; the chart shows the first {k}. See Data for all.",
    ),
    "n_documents": ("{n:,} 份报告", "{n:,} reports"),
    "store_hint": (
        "全库检索覆盖所有报告；在侧栏选择文档后，可在“原文”“对比”中阅读和比较。",
        "Search covers every report; choose documents in the sidebar to read and compare them.",
    ),
    "hit_page": ("结果页", "Result page"),
    "hits_by_unit_top": ("命中最多的 {k} 个单位", "The {k} units with most hits"),
    "chart_data": ("图表数据（CSV）", "Data behind this chart (CSV)"),
    "in_reports": ("见于 {n} 份报告：{ids}（合并对比）", "In {n} reports: {ids} (compared together)"),
    "pick_two": ("请至少选择两个单位进行对比。", "Pick at least two units to compare."),
    "pick_up_to": (
        "当前范围内有 {total} 个单位，并排对比最多 {n} 个：请在上方选择两到 {n} 个单位。",
        "{total} units are in view and at most {n} fit side by side: pick two to {n} above.",
    ),
    "initiatives": ("举措", "Initiatives"),
    "figures": ("数据指标", "Figures"),
    "concept_heatmap": ("共同与独有概念", "Shared and distinctive concepts"),
    "only_one": ("仅一个单位提到的概念", "Concepts only one unit mentions"),
    "distinctive": ("特色词（对数几率比，Dirichlet 先验）", "Distinctive terms (log-odds, Dirichlet prior)"),
    "distinctive_help": (
        "z 值越大，该词越能把这个单位与其他所选单位区分开；|z| > 1.96 约相当于 5% 显著水平。点击词语检索。",
        "The higher z, the more the term sets this unit apart from the other selected units; "
        "|z| > 1.96 is roughly significant at 5%. Click a term to search for it.",
    ),
    "similarity": ("文本相似度（TF-IDF 余弦）", "Text similarity (TF-IDF cosine)"),
    "themes": ("主题分布", "Themes"),
    "themes_help": (
        "点击格子查看相应句子。主题与关键词见 data/themes.csv。",
        "Click a cell to read its sentences. Themes and keywords: data/themes.csv.",
    ),
    "theme_passages": ("“{theme}”在{unit}的句子", "Sentences of {unit} on “{theme}”"),
    "slogans": ("数字口号核对", "Numbered slogans"),
    "slogan": ("口号", "Slogan"),
    "keywords": ("关键词", "Keywords"),
    "items": ("文中列举的项目", "Items the paragraph names"),
    "check": ("核对", "Check"),
    "slogan_ok": ("与宣布数一致", "matches the announced count"),
    "slogan_diff": ("宣布 {a} 项，文中找到 {f} 项", "announced {a}, found {f}"),
    "no_terms": ("所选单位的文本太少，无法计算。", "Too little text in the selected units to score."),
    # the researcher's toolkit (tools page)
    "tools_placeholder": (
        "例如：调解 -诉讼、调解率|调解员、re:调解[率员]",
        "e.g. 调解 -诉讼, 调解率|调解员, re:调解[率员]",
    ),
    "tools_need_query": ("先输入检索词。", "Type a query first."),
    "tools_no_hits": ("没有找到“{q}”。", "No hits for “{q}”."),
    "regex_switch": ("整条检索式按正则表达式（RE2）", "Read the whole query as a regular expression (RE2)"),
    "querylang_title": ("检索语法", "Query language"),
    "querylang_help": (
        "- `调解 纠纷`：两个词出现在同一句中（与）\n"
        "- `调解率|调解员`：任一个（或）\n"
        "- `调解 -诉讼`：有“调解”、没有“诉讼”的句子（非）；`-诉讼|仲裁`：两个都没有\n"
        '- `"诉前 调解"`：引号内原样作为一个词组\n'
        "- `调解 NEAR/10 纠纷`：两词相距不超过 10 个字\n"
        "- `re:调解[率员]`：正则表达式（RE2，线性时间）；或打开上面的开关\n"
        "- 每个词都做繁简转换并可用拼音；相邻的拼音词算一个词（`wusong shequ`）。\n"
        "\n"
        "以 `[` 开头是词级检索（CQL 子集，按 jieba 分词与词性，命中不跨句）：\n"
        '- `[word="调解"] [word="纠纷"]`：“调解”这个词后面紧接“纠纷”\n'
        '- `[pos="v"] []{0,2} [word="纠纷"]`：一个动词，隔 0 到 2 个词（标点也算一个），再接“纠纷”\n'
        '- `[pos="n"]`：词性按开头匹配（`n` 含 nr、ns、nt…；`v$` 只要 v）；`[word="调解.*"]`：正则，须匹配整个词\n'
        '- `[word="调解" & pos="v"]`、`[word="化解" | word="调解"]`、`[word!="法院"]`：并且、或者、不是；'
        "`{m,n}` 最多重复 5 次；`within`、`lemma`、`*` 等不支持，会说明原因\n"
        '- `[pos="v"] [word="纠纷"] 利用`：方括号后面的普通词，该句也须含有',
        "- `调解 纠纷`: both in one sentence (AND)\n"
        "- `调解率|调解员`: either (OR)\n"
        "- `调解 -诉讼`: sentences with 调解 and without 诉讼 (NOT); `-诉讼|仲裁`: without either\n"
        '- `"诉前 调解"`: the quoted text as one exact phrase\n'
        "- `调解 NEAR/10 纠纷`: the two within 10 characters\n"
        "- `re:调解[率员]`: a regular expression (RE2, linear time); or turn on the switch above\n"
        "- Each term is folded from traditional characters and matches pinyin; "
        "pinyin words next to each other are one term (`wusong shequ`).\n"
        "\n"
        "A query beginning with `[` is word-level (a CQL subset over jieba's words and parts of speech; "
        "a hit stays in one sentence):\n"
        '- `[word="调解"] [word="纠纷"]`: the word 调解 followed by 纠纷\n'
        '- `[pos="v"] []{0,2} [word="纠纷"]`: a verb, 0 to 2 tokens (a punctuation mark is one), then 纠纷\n'
        '- `[pos="n"]`: a tag matches at its start (`n` takes nr, ns, nt…; `v$`: v alone); '
        '`[word="调解.*"]`: a pattern matching the whole word\n'
        '- `[word="调解" & pos="v"]`, `[word="化解" | word="调解"]`, `[word!="法院"]`: and, or, not; '
        "`{m,n}` repeats at most 5 times; `within`, `lemma`, `*` and the like are refused with the reason\n"
        '- `[pos="v"] [word="纠纷"] 利用`: plain words after the brackets are held by the same sentence',
    ),
    "tool_concordance": ("索引行", "Concordance"),
    "tool_collocates": ("搭配词", "Collocates"),
    "tool_wordlist": ("词表与 n 元组", "Word list & n-grams"),
    "tool_trends": ("趋势", "Trends"),
    "tool_figures": ("指标对照", "Figures across reports"),
    # issue 25: association measures, keywords, the compare page's z
    "tool_keywords": ("关键词", "Keywords"),
    "sort_measure": ("按哪个搭配强度排序", "Sort by measure"),
    "measure_ll": ("对数似然 G²", "log-likelihood G²"),
    "measure_mi": ("互信息 MI", "mutual information MI"),
    "measure_logdice": ("logDice", "logDice"),
    "measure_mi3": ("MI3", "MI3"),
    "measure_t": ("T 值", "T-score"),
    "measure_dp": ("ΔP（节点→搭配词）", "ΔP (node → collocate)"),
    "measures_help": (
        "logDice = 14 + log2(2·共现频次/(节点命中数 + 范围内频次))，不受范围大小影响，最大 14；"
        "MI3 = log2(共现频次³/期望)，偏向高频词；T 值：(共现频次 − 期望)/√共现频次，>2 约可信；"
        "ΔP：窗口内出现该词的概率减去窗口外的概率；反向 ΔP：该词出现时位于节点窗口内的概率减去其他词的。",
        "logDice = 14 + log2(2·co-occurrences/(node hits + frequency in scope)), independent of the scope's size, at "
        "most 14; MI3 = log2(co-occurrences³/expected), favours frequent words; T-score: (co-occurrences − expected)/"
        "√co-occurrences, above 2 is fairly sure; ΔP: the word's probability in the windows less elsewhere; reverse "
        "ΔP: a window's probability given the word less given other words.",
    ),
    "kw_reference": ("参照报告（默认：其余全部）", "Reference reports (default: all the others)"),
    "kw_all_others": ("其余全部报告", "All the other reports"),
    "kw_need_reference": (
        "关键词把侧栏所选报告与其余报告比较：请在侧栏选择部分报告，并至少留一篇作参照。",
        "Keywords compare the reports chosen in the sidebar with others: choose some reports in the sidebar and "
        "keep at least one as the reference.",
    ),
    "kw_help": (
        "目标：侧栏所选报告；参照：下面选的报告。g2：对数似然（1 个自由度）；log_ratio：Hardie 对数比，"
        "log2(目标每百万词频 / 参照每百万词频)，零频按 0.5 计，正值为目标多用；p：由 g2 得出；"
        "p_adjusted：对所检验的全部词做 Benjamini–Hochberg 校正；significant：p_adjusted < 0.05。"
        "频次按结巴分词的词计，每百万词含停用词；停用词不列出。",
        "Target: the reports chosen in the sidebar; reference: the reports chosen below. g2: log-likelihood "
        "(1 degree of freedom); log_ratio: Hardie's log ratio, log2(target per million / reference per million), a "
        "zero counted as 0.5, positive when the target uses the word more; p: from g2; p_adjusted: "
        "Benjamini–Hochberg over every word tested; significant: p_adjusted < 0.05. Counts are of jieba's words, "
        "per million words including stop words; stop words are not listed.",
    ),
    # issue 25: keywords against a frequency list, the collocation graph, the collocates' column headers
    "kw_base": ("参照", "Reference"),
    "kw_base_reports": ("语料中的其他报告", "Other reports of the corpus"),
    "kw_base_general": ("通用现代汉语（结巴词典词频）", "General modern Chinese (jieba's dictionary counts)"),
    "kw_base_library": ("样例库", "The sample library"),
    "kw_library_held": (
        "样例库已在当前语料中：请选“语料中的其他报告”，在其中选择样例库的报告作参照。",
        "The sample library is in the corpus already: choose “Other reports of the corpus” and pick its reports there.",
    ),
    "kw_help_list": (
        "此处参照不是下面的报告，而是词频表：{name}，共 {total:,} 词；只检验目标中出现的词；g2 随参照总词数而变。",
        "Here the reference is a frequency list, not reports: {name}, {total:,} words; only the target's words are "
        "tested, and g2 depends on the reference's total.",
    ),
    "kw_help_general": (
        "通用汉语的词频取自结巴分词词典（与本工具分词所用的词典相同）；"
        "词典中许多词的频次记为 3，是占位的下限而非实际计数。",
        "General Chinese is jieba's dictionary counts (the dictionary our words are segmented by); many of its words "
        "carry the count 3, a placeholder floor rather than a count.",
    ),
    "coll_graph": ("搭配网络图", "Collocation graph"),
    "coll_graph_help": (
        "中心为检索词，内圈为按所选强度排名前 {first} 的搭配词，外圈为每个搭配词自身最强的 {second} 个搭配词"
        "（以该词为检索词计算）；线越粗，搭配越强。",
        "The query in the centre, its top {first} collocates by the chosen measure on the inner circle, and each "
        "collocate's own {second} strongest collocates (the collocate searched in turn) on the outer circle; the "
        "thicker the line, the stronger the link.",
    ),
    "graph_order_1": ("检索词的搭配词", "the query's collocates"),
    "graph_order_2": ("搭配词的搭配词", "their own collocates"),
    "graph_from": ("从", "From"),
    "graph_to": ("到", "To"),
    "coll_graph_none": ("没有足够的搭配词可画网络图。", "Too few collocates to draw a graph."),
    "coll_col_court": ("单位", "Court"),
    "coll_col_collocate": ("搭配词", "Collocate"),
    "coll_col_freq": ("共现频次", "Co-occurrences"),
    "coll_col_left": ("左侧", "Left"),
    "coll_col_right": ("右侧", "Right"),
    "coll_col_corpus_freq": ("范围内频次", "Frequency in scope"),
    "coll_col_mi": ("互信息 MI", "MI"),
    "coll_col_ll": ("对数似然 LL", "Log-likelihood"),
    "coll_col_logdice": ("logDice", "logDice"),
    "coll_col_mi3": ("MI3", "MI3"),
    "coll_col_t": ("T 值", "T-score"),
    "coll_col_dp": ("ΔP", "ΔP"),
    "coll_col_dp_rev": ("反向 ΔP", "Reverse ΔP"),
    "z_uncorrected": (
        "z 未按所检验的词数校正（多重比较）；先验为所选单位词频之和（Monroe 等 2008 的信息性 Dirichlet 先验）。",
        "z is not corrected for the number of terms tested; the prior is the pooled word counts of the selected "
        "units (Monroe et al. 2008's informative Dirichlet prior).",
    ),
    "sort_by": ("排序", "Sort by"),
    "sort_hit": ("命中词", "Hit"),
    "sort_left": ("左侧", "Left"),
    "sort_right": ("右侧", "Right"),
    "sort_n": ("字数/词数", "Width"),
    "sort_unit": ("按", "By"),
    "sort_chars": ("字", "characters"),
    "sort_words": ("词", "words"),
    "group_by": ("分组", "Group by"),
    "group_document": ("文档", "document"),
    "group_court": ("单位", "court"),
    "group_initiative": ("举措", "initiative"),
    # issue 25, items 4 and 5: the concordance's controls, clusters, tags, and tables' headers
    "sort_keys": ("排序（最多三级，依次比较）", "Sort by (up to three positions, in turn)"),
    "sort_keys_placeholder": ("按命中词", "by the hit"),
    "sort_pos_L": ("左{k}", "{k} left"),
    "sort_pos_R": ("右{k}", "{k} right"),
    "context_width": ("上下文（每侧字数）", "Context (characters each side)"),
    "sample_size": ("随机抽样行数（0 为全部）", "Random sample of lines (0: all)"),
    "sample_seed": ("抽样种子", "Sample seed"),
    "sample_caption": (
        "随机抽样：{n:,} / {total:,} 行，种子 {seed}（同一种子抽到同样的行）",
        "{n:,} of {total:,} lines, sample seed {seed} (the same seed draws the same lines)",
    ),
    "tags_title": ("标注索引行", "Tag the lines"),
    "tag_categories": ("标注类别（用 / 分隔）", "Tags (separated by /)"),
    "tags_help": (
        "在下表的“标注”列给本页各行选类别。标注保存在本次会话中并写入下载文件（tag 列）；链接只带前 {n} 条。",
        "Choose a tag for this page's lines in the Tag column. Tags stay for this session and go into the downloads "
        "(a tag column); a link carries the first {n}.",
    ),
    "tags_count": ("已标注 {n} 行：{counts}", "{n} lines tagged: {counts}"),
    "clusters_switch": ("词簇：含检索词的连续词组", "Clusters: runs of words holding the query"),
    "cluster_len": ("词数", "Words"),
    "clusters_none": ("没有达到最低频次的词簇。", "No cluster reaches the minimum frequency."),
    "tcol_left": ("左侧", "Left"),
    "tcol_hit": ("命中词", "Hit"),
    "tcol_right": ("右侧", "Right"),
    "tcol_tag": ("标注", "Tag"),
    "tcol_cluster": ("词簇", "Cluster"),
    "tcol_freq": ("频次", "Frequency"),
    "tcol_range_docs": ("报告数", "Reports"),
    "tcol_hits": ("命中数", "Hits"),
    "tcol_scope": ("范围", "Scope"),
    "tcol_term": ("词", "Term"),
    "tcol_per_10k": ("每万字", "Per 10,000 chars"),
    "tcol_per_million": ("每百万字", "Per million chars"),
    "tcol_range": ("出现单位数", "Range (units)"),
    "tcol_units": ("单位数", "Units"),
    "tcol_dp": ("离散度 DP", "Gries' DP"),
    "tcol_d": ("Juilland D", "Juilland's D"),
    "tcol_fragment": ("单字碎片", "Fragment"),
    "tcol_freq_target": ("目标频次", "Target freq."),
    "tcol_freq_reference": ("参照频次", "Reference freq."),
    "tcol_per_million_target": ("目标每百万词", "Target per million"),
    "tcol_per_million_reference": ("参照每百万词", "Reference per million"),
    "tcol_g2": ("对数似然 G²", "Log-likelihood G²"),
    "tcol_log_ratio": ("对数比", "Log ratio"),
    "tcol_p": ("p 值", "p"),
    "tcol_p_adjusted": ("校正后 p 值", "Adjusted p"),
    "tcol_significant": ("显著", "Significant"),
    "fragment_help": (
        "单字碎片：一个汉字在结巴词典中不能单独成词（只作语素、姓或简称），多半是被切开的词的一部分；虚词不算。"
        "n 元组的词之间以“ · ”隔开，CSV 中相同。",
        "Fragment: a single Han character that jieba's dictionary does not know as a word alone (only as a "
        "morpheme, surname or abbreviation), most likely part of a split word; function words are not. An "
        "n-gram's words are separated by “ · ”, in the CSV too.",
    ),
    "download_xlsx": ("下载 Excel（XLSX）", "Download Excel (XLSX)"),
    "kwic_capped": (
        "排序和下载只含前 {n:,} 处命中（按语料顺序）；请用单位或文档缩小范围。",
        "Sorting and downloads hold the first {n:,} hits (in corpus order); narrow by unit or document for the rest.",
    ),
    "window": ("窗口（左右各几个词）", "Window (words each side)"),
    "min_freq": ("最低频次", "Minimum frequency"),
    "per_court": ("按单位分别计算", "Per court"),
    "collocates_help": (
        "共现频次：窗口内共现次数；范围内频次：该词在全范围的频次；互信息 MI；对数似然 LL（>3.84 约相当于 5% 显著）。"
        "停用词不列出。",
        "Co-occurrences: in the windows; frequency in scope: the word's frequency in the whole scope; MI: mutual "
        "information; log-likelihood (>3.84 is roughly significant at 5%). Stop words are not listed.",
    ),
    "scope": ("范围", "Scope"),
    "scope_corpus": ("全部", "whole corpus"),
    "scope_document": ("每篇文档", "each document"),
    "scope_court": ("每个单位", "each court"),
    "ngram": ("n 元（1 为单词）", "n (1: single words)"),
    "keep_stop": ("保留停用词", "Keep stop words"),
    "term_links": (
        "点下面的词打开它（列出前 {n} 个）；在表中选中一行，则列出该行。",
        "Open a term below (the first {n} are listed); select a row in the table to list that one.",
    ),
    "wordlist_help": (
        "per_10k、per_million：每万字、每百万字出现次数（按净化后全文字数，趋势图同此基数）；"
        "range：出现在几个单位（导语算一个）；units：范围内单位数；"
        "dp：Gries 离散度（0 均匀，近 1 集中）；d：Juilland D（1 均匀）。",
        "per_10k, per_million: per 10,000 and per million characters of clean text (the trends' base too); "
        "range: units (an intro counts as one) using it; units: units in scope; "
        "dp: Gries' DP (0 even, near 1 concentrated); d: Juilland's D (1 even).",
    ),
    "needs_reports": ("趋势需要多篇报告：上传或选择更多报告。", "Trends need several reports: upload or choose more."),
    "trend_help": (
        "每万字命中数。年份取自报告日期或文件名；无年份的报告只在逐篇图中。",
        "Hits per 10,000 characters. Years come from the report's date or file name; "
        "reports without one are in the per-report chart only.",
    ),
    "per_year": ("按年份", "Per year"),
    "trend_more": ("对比其他检索式（用分号隔开）", "Compare with other queries (separated by semicolons)"),
    "per_document": ("逐篇报告", "Per report"),
    "no_pairs": (
        "没有可对照的指标：需要同一单位在两篇以上报告中用同一名称报告的数据。",
        "No figures to pair: a court must report the same label in two or more reports.",
    ),
    "figure_pairs_help": (
        "同一单位、同一指标，前后两篇报告的数值；flag 标出计量单位或限定（约、近）发生变化的对照。",
        "The same court's same figure in an earlier and a later report; flag marks a pair whose measure "
        "or qualifier (approx., nearly) changed.",
    ),
    "table": ("表格", "Table"),
    "col_name": ("名称", "Name"),
    "col_short_name": ("简称", "Short name"),
    "col_level": ("层级", "Level"),
    "col_city": ("城市", "City"),
    "col_headline": ("标题", "Headline"),
    "col_summary": ("概述", "Summary"),
    "col_aliases": ("别称", "Also called"),
    "col_unit": ("单位", "Unit"),
    "col_order": ("序号", "No."),
    "col_title": ("标题", "Title"),
    "col_body": ("正文", "Text"),
    "col_initiative": ("举措", "Initiative"),
    "col_label": ("指标", "What it counts"),
    "col_value": ("数值", "Value"),
    "col_measure": ("计量单位", "Measure"),
    "col_qualifier": ("限定", "Qualifier"),
    "col_raw": ("原文写法", "As written"),
    "col_year": ("年份", "Year"),
    "col_genre": ("体裁", "Genre"),
    "col_units": ("单位数", "Units"),
    "col_figures": ("数据项", "Figures"),
    "col_layout": ("结构读法", "Read as"),
    "col_province": ("省份", "Province"),
    "col_indicator": ("指标", "Indicator"),
    "col_before": ("之前", "Before"),
    "col_after": ("之后", "After"),
    "col_change": ("变化", "Change"),
    "col_direction": ("方向", "Direction"),
    "col_confidence": ("匹配可信度", "Match confidence"),
    "col_status": ("状态", "Status"),
    "col_earlier": ("对应的早先举措", "Earlier initiative it continues"),
    "col_report": ("报告", "Report"),
    "col_sentence": ("句子", "Sentence"),
    "col_source": ("来源", "Source"),
    "col_kind": ("类别", "Kind"),
    "col_text": ("内容", "Text"),
    "col_term": ("概念", "Concept"),
    "col_quoted": ("加引号", "In quotes"),
    "col_mentions": ("提及次数", "Mentions"),
    "col_repair": ("校正为", "Corrected to"),
    "col_reason": ("理由", "Reason"),
    "col_start": ("起点", "Start"),
    "col_end": ("终点", "End"),
    "col_raw_start": ("原文起点", "Source start"),
    "col_raw_end": ("原文终点", "Source end"),
    "col_keywords": ("关键词", "Keywords"),
    "qualifier_exact": ("确数", "exact"),
    "qualifier_approx": ("约数（近、约）", "approximate (about, nearly)"),
    "qualifier_over": ("下限（超过、余、多）", "lower bound (over, more than)"),
    "tt_unit": ("单位", "Unit"),
    "tt_label": ("指标", "What it counts"),
    "tt_raw": ("原文", "As written"),
    "tt_value": ("数值", "Value"),
    "tt_sentence": ("句子", "Sentence"),
    "tt_hits": ("命中", "Hits"),
    "tt_term": ("词", "Term"),
    "tt_count": ("次数", "Count"),
    "tt_rate": ("每万字", "Per 10,000 characters"),
    "tt_concept": ("概念", "Concept"),
    "tt_theme": ("主题", "Theme"),
    "tt_share": ("占该单位句子", "Share of the unit's sentences"),
    "tt_sentences": ("句数", "Sentences"),
    "tt_example": ("例句", "Example"),
    "tt_similarity": ("余弦相似度", "Cosine similarity"),
    "tt_qualifier": ("限定", "Qualifier"),
    "what": (
        "法院在工作会议上介绍的经验：全文可检索（简体、繁体、拼音），单位之间可对比，数据指标一一核对到原文。",
        "What courts told a court work conference about their work: searchable in any script or pinyin, "
        "comparable court by court, every figure traced to the source text.",
    ),
    "place": ("地点", "Place"),
    "col_date": ("日期", "Date"),
    "col_place": ("地点", "Place"),
    "list_sep": ("、", ", "),
    "from_text": ("据原文：{facts}", "From the text: {facts}"),
    "from_curated": ("据整理表 {file}：{facts}", "From the curated table {file}: {facts}"),
    "not_in_text": ("原文未载：{facts}", "Not in the text: {facts}"),
    "text_had": ("（原文作：{what}）", " (the text has: {what})"),
    "open_source": ("打开报道 ↗", "open the report ↗"),
    "source": ("来源", "Source"),
    "source_file": ("原始文本：{path}", "Source text: {path}"),
    "headline_figures": ("报告中的主要数据", "The report's headline figures"),
    "more_figures": ("全部数据指标见“数据”页。", "Every figure is on the Data page."),
    "single_figures": ("无可比对象的单项数据", "Figures with nothing comparable beside them"),
    "figures_help": (
        "同一计量单位的数据画在同一直线刻度上；实心点为确数，空心点为约数（近、约），三角为下限（超过、余）。",
        "Figures with the same measure share one linear scale; a filled dot is exact, a hollow dot approximate "
        "(about, nearly), a triangle a lower bound (over, more than).",
    ),
    "legend_exact": ("● 确数", "● exact"),
    "legend_approx": ("○ 约数", "○ approximate"),
    "legend_over": ("▷ 下限", "▷ lower bound"),
    "prev_hit": ("上一处", "Previous hit"),
    "next_hit": ("下一处", "Next hit"),
    "back_to_results": ("返回检索结果", "Back to the results"),
    "back_to_concordance": ("返回索引行", "Back to the concordance"),
    "hit_n": ("第 {i} / {n} 处命中", "Hit {i} of {n}"),
    "no_hit_here": (
        "“{q}”在{unit}没有命中；下面是该单位全文。命中的单位：{where}",
        "“{q}” does not occur in {unit}; its full text is below. Units with hits: {where}",
    ),
    "no_hit_anywhere": ("“{q}”在所选文档中没有命中。", "“{q}” does not occur in the chosen documents."),
    "corrections_tap": (
        "绿色为已校正文字：点按可看原文与理由；全部校正列在文末。",
        "Green text was corrected: tap it to see the original and the reason; all corrections are listed at the end.",
    ),
    "generic_note": (
        "已排除泛用词（服务、保障、工作等），词频以每万字计。",
        "Generic words (服务 service, 保障 safeguard, 工作 work …) are left out; rates are per 10,000 characters.",
    ),
    "none_significant": (
        "没有哪个词能显著区分所选单位（所有 |z| ≤ 1.96）：它们的用词差别可能只是偶然。下图仍列出相对最突出的词。",
        "No term sets any of the chosen units apart significantly (every |z| ≤ 1.96): the differences may be "
        "chance. The chart still shows the relatively most distinctive ones.",
    ),
    "significance_line": ("虚线：|z| = 1.96（约 5% 显著水平）", "Dashed line: |z| = 1.96 (about 5% significance)"),
    "similarity_help": (
        "两个单位用词越相近，数值越接近 1；余弦相似度只看用词比例，不受文本长短影响。",
        "The closer to 1, the more alike two units' vocabularies; cosine similarity compares proportions, so "
        "text length does not matter.",
    ),
    "similarity_wordless": (
        "{units} 在报告中没有自己的正文（只在名单中被列出），其相似度一律记为 0。",
        "{units} have no text of their own in the report (they are only listed), so their similarity is 0 throughout.",
    ),
    "theme_share_help": (
        "每格为该单位涉及该主题的句子占其全部句子的百分比（长短不同的文本可直接比较）；点击格子查看相应句子。",
        "Each cell is the share of the unit's sentences that touch the theme (so long and short texts compare); "
        "click a cell to read them.",
    ),
    "open_hit": ("打开", "open"),
    "menu": ("页面", "Pages"),
    "chrome_hint": ("按回车键确认", "Press Enter to apply"),
    "chrome_upload": ("上传", "Upload"),
    "chrome_limit": ("每个文件不超过 {mb} MB", "Limit {mb}MB per file"),
    "per_measure": ("以“{m}”计的数据（{n} 项）", "Figures counted in {m}: {n}"),
    "mark_correction": ("原文 {raw}：{reason}", "Source {raw}: {reason}"),
    "mark_unresolved": ("无法辨认 {raw}", "Unreadable in the source: {raw}"),
    **{page.name: page.title for page in PAGES},  # each page's title lives in its registry row
}


def t(key: str, lang: str = "zh", **kwargs: object) -> str:
    """The string for ``key`` in ``lang`` (Chinese when the language is unknown).

    >>> t("search", "en"), t("search", "zh"), t("query_cut", "en", n=200)[:9]
    ('Search', '检索', 'The query')
    """
    zh, en = STRINGS[key]
    text = en if lang == "en" else zh
    return text.format(**kwargs) if kwargs else text


_SUFFIXES = (
    ("中级人民法院", "Intermediate People's Court"),
    ("高级人民法院", "High People's Court"),
    ("人民法庭", "People's Tribunal"),
    ("人民法院", "People's Court"),
    ("中院", "Intermediate Court"),
    ("高院", "High Court"),
    ("法院", "Court"),
    ("法庭", "Tribunal"),
)


def romanise(name: str) -> str:
    """A court's name in pinyin, its kind in English (place names as one word each).

    >>> romanise("东城法庭"), romanise("沈阳中院"), romanise("盖州市人民法院东城人民法庭")
    ('Dongcheng Tribunal', 'Shenyang Intermediate Court', "Gaizhoushi People's Court Dongcheng People's Tribunal")
    """
    from pypinyin import lazy_pinyin  # only the English interface pays for it

    words, rest = [], name
    while rest:
        for zh, en in _SUFFIXES:
            at = rest.find(zh)
            if at >= 0 and all(rest.find(z) < 0 or rest.find(z) >= at for z, _ in _SUFFIXES):
                if at:
                    words.append("".join(lazy_pinyin(rest[:at])).capitalize())
                words.append(en)
                rest = rest[at + len(zh) :]
                break
        else:
            words.append("".join(lazy_pinyin(rest)).capitalize())
            rest = ""
    return " ".join(words)


def court(name: str, lang: str) -> str:
    """A court as the interface shows it: Chinese, with its romanisation beside it in English.

    >>> court("东城法庭", "en"), court("东城法庭", "zh"), court("导语", "en")
    ('东城法庭 Dongcheng Tribunal', '东城法庭', '导语 Introduction')
    """
    if lang != "en" or not name:
        return name
    if name == INTRO:
        return f"{name} {t('intro', 'en')}"
    return f"{name} {romanise(name)}"


QUALIFIERS = ("exact", "approx", "over")


def qualifier(code: str, lang: str) -> str:
    """A figure's qualifier code in words.

    >>> qualifier("approx", "zh"), qualifier("over", "en"), qualifier("?", "en")
    ('约数（近、约）', 'lower bound (over, more than)', '?')
    """
    return t(f"qualifier_{code}", lang) if code in QUALIFIERS else code


def measure(unit: str, lang: str) -> str:
    """A measure word as the interface names it.

    >>> measure("件", "en"), measure("件", "zh"), measure("艘", "en")
    ('cases (件)', '件', '艘')
    """
    row = MEASURES.get(unit)
    return (row.english or unit) if lang == "en" and row else unit


def level_label(level: str, lang: str) -> str:
    """A court level's id in the interface language: intermediate → 中院 / Intermediate court."""
    lv = next((lv for lv in LEVELS if lv.id == level), None)
    return level if lv is None else (lv.en if lang == "en" else lv.short)


def genre_label(genre: str, lang: str) -> str:
    """A genre's id in the interface language: work_report → 工作报告 / Annual work report."""
    g = GENRE_BY_ID.get(genre)
    return genre if g is None else (g.en if lang == "en" else g.zh)


def change_text(change: float, measure: str, lang: str) -> str:
    """A change between two figures as people write it: +37,524件, −4.2个百分点 (a rate's change is in points).

    >>> change_text(37524.0, "件", "zh"), change_text(-4.2, "%", "zh"), change_text(-4.2, "%", "en")
    ('+37,524件', '−4.2个百分点', '−4.2 points')
    """
    number = f"{abs(change):,.6g}"
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    if measure == "%":
        return f"{sign}{number}" + (" points" if lang == "en" else "个百分点")
    return f"{sign}{number}{measure}"
