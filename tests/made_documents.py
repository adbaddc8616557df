"""Report files made from the public text of the real reports in ``data/library/`` (each ``.txt`` is a
public page's text, its source in data/library/README.md): the same words as a saved web page inside a
court site's shell, a Word file with a running header and footer, a PDF with page numbers, built in code
so that the test can say exactly what furniture was added around the text."""

from __future__ import annotations

import html
import io
from pathlib import Path

from explorer.read.resources import LIBRARY_DIR

CORPUS = LIBRARY_DIR
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
REPORTS = [  # one of each layout, simplified and traditional
    "shanghai_shenguan_2012",
    "dongguan_report_2023",
    "zibo_tribunal_observation",
    "liaoning_qiangji_2024_big5",
    "xuanzhou_report_news_2025",
    "suihua_conference_2019",
    "hk_lands_tribunal_table_2022",  # tables: made real tables of each format
]

# Words only the page shell, the Word header/footer or the PDF's running lines carry: none may reach a record.
SHELL_WORDS = ["网站地图", "无障碍浏览", "分享到", "微信扫一扫", "打印本页", "相关阅读", "京ICP备", "技术支持",
               "统计代码", "访问量", "上一篇", "下一篇", "内部材料注意保存", "第 1 页"]  # fmt: skip


def lines_of(slug: str) -> list[str]:
    return (CORPUS / f"{slug}.txt").read_text(encoding="utf-8").splitlines()


def parts(lines: list[str]) -> list[str | list[list[str]]]:
    """The lines as paragraphs and tables: a run of lines with cells between bars (``合计 | 4 432 | …``,
    a row label alone on the line above a row that begins with a bar) is one table, its rows padded to
    one width, rule rows (``---|---``) and blank lines inside it left out."""
    out: list[str | list[list[str]]] = []
    rows: list[list[str]] = []
    label = None

    def close() -> None:  # the table so far, its rows padded to one width
        if rows:
            width = max(map(len, rows))
            out.append([r + [""] * (width - len(r)) for r in rows])
            rows.clear()

    for i, line in enumerate(lines):
        body = line.strip()
        after = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if "|" in body:
            cells = [c.strip() for c in body.split("|")]
            if body.startswith("|"):
                cells = [label or "", *cells[1:]]
            if set(body) - set("|-: "):  # not a rule row
                rows.append(cells)
            label = None
        elif rows and not body:
            continue
        elif body and after.startswith("|") and len(body) <= 24:
            label = body
        else:
            close()
            out.append(line)
    close()
    return out


def page(lines: list[str], charset: str = "utf-8") -> bytes:
    """A saved court-site page: navigation, breadcrumbs, share buttons, related links, a footer, a script."""
    esc = html.escape
    title, body = (lines[0], lines[1:]) if lines else ("", [])
    paragraphs = "\n".join(
        f"<p>{esc(part)}</p>" if isinstance(part, str) and part.strip() else "" if isinstance(part, str) else
        "<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in part) + "</table>"
        for part in parts(body)
    )  # fmt: skip
    nav = "".join(f'<li><a href="/c/{i}.html">{w}</a></li>' for i, w in enumerate(
        ["首页", "法院概况", "审判公开", "法院动态", "网站地图", "无障碍浏览"]))  # fmt: skip
    related = "".join(f'<li><a href="/a/{i}.html">相关阅读：全省法院工作动态第{i}期</a></li>' for i in range(1, 6))
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)} - 人民法院网</title>
<link rel="stylesheet" href="https://example.invalid/site.css">
<style>.nav li {{ float: left; }} body {{ font-family: 宋体; }}</style>
<script src="https://example.invalid/track.js"></script>
<script>var 统计代码 = "访问量"; document.write("<p>统计代码 访问量 12345 次</p>");</script>
</head><body>
<div class="header"><div class="logo"><img src="logo.png" alt="人民法院"></div>
<ul class="nav">{nav}</ul>
<form action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/dt">法院动态</a></div>
<div class="main"><div class="article">
<h1>{esc(title)}</h1>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> 微信扫一扫</div>
<div class="content" id="zoom">
{paragraphs}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pager"><a href="/a/0.html">上一篇：全省法院召开视频会议</a>
<a href="/a/2.html">下一篇：法院开展普法宣传</a></div>
</div>
<div class="sidebar"><h3>相关阅读</h3><ul>{related}</ul></div></div>
<div class="footer"><p>版权所有：某某市人民法院 地址：某某路1号 邮编：100000</p>
<p><a href="https://beian.miit.gov.cn">京ICP备05023036号-1</a> 技术支持：某某网络公司 访问量：88888</p></div>
<script>(function(){{var s=document.createElement("script");s.src="https://example.invalid/share.js";}})();</script>
</body></html>"""
    return doc.encode(charset)


def word(lines: list[str]) -> bytes:
    """A Word file: the title as a heading, paragraphs in order, a numbered list, a running header and a footer."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "内部材料注意保存"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    assert "List Number" in [s.name for s in d.styles if s.type == WD_STYLE_TYPE.PARAGRAPH]
    for i, part in enumerate(parts(lines)):
        if isinstance(part, list):
            table = d.add_table(rows=len(part), cols=len(part[0]))
            for r, row in enumerate(part):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif part.strip():
            d.add_paragraph(part, style="Heading 1" if i == 0 else None)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf(lines: list[str]) -> bytes:
    """A PDF of A4 pages: each line a paragraph that wraps (first line indented), a running header,
    and page numbers in the footer."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("wqy", size=9)
            self.cell(0, 8, "内部材料注意保存", align="C")
            self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=9)
            self.cell(0, 8, f"第 {self.page_no()} 页", align="C")

    doc = Report(format="A4")
    doc.add_font("wqy", fname=str(FONT))
    doc.set_auto_page_break(True, margin=20)
    doc.add_page()
    doc.set_font("wqy", size=12)
    for part in parts(lines):
        if isinstance(part, list):
            with doc.table(first_row_as_headings=False) as table:
                for row in part:
                    table.row(row)
            doc.ln(3)
        elif part.strip():
            doc.multi_cell(0, 7, part.strip(), new_x="LMARGIN", new_y="NEXT")
            doc.ln(3)
    return bytes(doc.output())


COMMITTED = [  # the files of data/library/formats/: five reports, each as a page, a Word file and a PDF
    "dongguan_report_2023",
    "shanghai_shenguan_2012",
    "suihua_conference_2019",
    "zibo_tribunal_observation",
    "hk_lands_tribunal_table_2022",
]
FORMATS = {"html": page, "docx": word, "pdf": pdf}


def write(folder: Path) -> list[Path]:
    """Write the committed files, a folder per format (``python tests/made_documents.py data/library/formats``)."""
    out = []
    for suffix, make in FORMATS.items():
        (folder / suffix).mkdir(parents=True, exist_ok=True)
        for slug in COMMITTED:
            path = folder / suffix / f"{slug}.{suffix}"
            path.write_bytes(make(lines_of(slug)))
            out.append(path)
    return out


if __name__ == "__main__":
    import sys

    print("\n".join(str(p) for p in write(Path(sys.argv[1]))))
