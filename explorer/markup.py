"""The one place where text becomes HTML: everything is escaped here, marks included.

Pages never build HTML from source or user text themselves; they call these.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class Mark:
    """A span to mark: [start, end) in the text given to :func:`marked`, a CSS kind, a tooltip."""

    start: int
    end: int
    kind: str
    title: str = ""


def esc(text: object) -> str:
    """HTML-escape anything (quotes too, so it is safe inside attributes).

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(text), quote=True)


def md(text: object) -> str:
    r"""Text safe to pass to a markdown element: markdown and HTML characters backslash-escaped.

    >>> md("*粗* <b>")
    '\\*粗\\* \\<b\\>'
    """
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in str(text))


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:=")


def marked(text: str, marks: list[Mark]) -> str:
    """Escaped ``text`` with each mark wrapped in ``<span class="mk-KIND">``; overlaps nest cleanly.

    >>> marked("a<b>c", [Mark(1, 4, "hit", "q")])
    'a<span class="mk-hit" title="q">&lt;b&gt;</span>c'
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = esc(text[a:b])
        active = [m for m in marks if m.start <= a and b <= m.end]
        if active:
            classes = " ".join(dict.fromkeys(f"mk-{m.kind}" for m in active))
            titles = " · ".join(dict.fromkeys(m.title for m in active if m.title))
            title = f' title="{esc(titles)}"' if titles else ""
            piece = f'<span class="{classes}"{title}>{piece}</span>'
        out.append(piece)
    return "".join(out).replace("\n", "<br>")


def bullets(items: list[str], limit: int = 20) -> str:
    """An escaped list of at most ``limit`` items, then how many more there are.

    >>> bullets(["<a>", "b", "c"], limit=2)
    '<ul><li>&lt;a&gt;</li><li>b</li></ul><small>… +1</small>'
    """
    more = len(items) - limit
    rows = "".join(f"<li>{esc(i)}</li>" for i in items[:limit])
    return f"<ul>{rows}</ul>" + (f"<small>… +{more}</small>" if more > 0 else "")


def link(label: str, path: str, params: dict[str, str | list[str]]) -> str:
    """An escaped same-tab link to another page of the app with query parameters.

    >>> link("看", "reader", {"q": "<x>", "pos": "3"})
    '<a href="reader?q=%3Cx%3E&amp;pos=3" target="_self">看</a>'
    """
    query = urlencode(params, doseq=True)
    return f'<a href="{esc(path + ("?" + query if query else ""))}" target="_self">{esc(label)}</a>'


@dataclass(frozen=True)
class KwicLine:
    left: str
    hit: str
    right: str
    meta: str
    meta_title: str = ""
    link_html: str = ""  # already-escaped output of :func:`link`


def kwic_table(lines: list[KwicLine]) -> str:
    """Keyword-in-context lines in one grid, so every hit sits in the same column.

    >>> kwic_table([KwicLine("创建“", "无讼社区", "”，", "大连中院")]).count("mk-hit")
    1
    """
    rows = "".join(
        '<div class="kwic-row">'
        f'<span class="kwic-l">{esc(x.left)}</span>'
        f'<span class="kwic-h mk-hit">{esc(x.hit)}</span>'
        f'<span class="kwic-r">{esc(x.right)}</span>'
        f'<span class="kwic-meta" title="{esc(x.meta_title)}">{esc(x.meta)} {x.link_html}</span>'
        "</div>"
        for x in lines
    )
    return f'<div class="kwic">{rows}</div>'


STYLE = """
<style>
.mk-hit { background: #ffe066; border-radius: 2px; }
.mk-focus { outline: 2px solid #e8590c; outline-offset: 1px; }
.mk-correction { background: #d3f9d8; border-bottom: 2px dotted #2b8a3e; cursor: help; }
.mk-unresolved { background: #ffc9c9; border-bottom: 2px dotted #c92a2a; cursor: help; }
.mk-metric { border-bottom: 2px solid #1c7ed6; font-weight: 600; cursor: help; }
.kwic { display: grid; grid-template-columns: minmax(0, 1fr) max-content minmax(0, 1fr) max-content;
        font-size: .98rem; line-height: 2.1; }
.kwic-row { display: contents; }
.kwic-row > span { border-bottom: 1px solid #eee; }
.kwic-l { text-align: right; white-space: nowrap; overflow: hidden; color: #444; }
.kwic-r { white-space: nowrap; overflow: hidden; color: #444; }
.kwic-h { font-weight: 600; padding: 0 .1em; }
.kwic-meta { color: #777; font-size: .8rem; white-space: nowrap; padding-left: 1em; }
.reader p { line-height: 1.9; font-size: 1.02rem; }
.mk-title { font-weight: 700; }
.headline { font-size: 1.05rem; font-weight: 600; margin: .3em 0; }
.summary { color: #555; font-size: .9rem; line-height: 1.7; }
.slogans td, .slogans th { padding: .3em .8em; border-bottom: 1px solid #eee; vertical-align: top; text-align: left; }
.slogans td:nth-child(-n+2), .slogans td:last-child { white-space: nowrap; }
.slogans .ok { color: #2b8a3e; } .slogans .diff { color: #c92a2a; font-weight: 600; }
.term-links a { margin-right: .8em; }
.unit-dot { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .3em; }
</style>
"""
