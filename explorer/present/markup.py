"""The one escaping path: text becomes HTML or Markdown only here, marks included (CSV cells:
:mod:`explorer.read.sheets`).

Pages never build HTML or Markdown from source, link or user text themselves; they call these.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


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
    r"""Text safe to pass to a markdown element: markdown and HTML characters backslash-escaped, and
    bare addresses broken with a zero-width space (GitHub-flavoured Markdown links them even when escaped).

    >>> md("*粗* <b>")
    '\\*粗\\* \\<b\\>'
    >>> md("https://x.cn") == "https\\:/\u200b/x\\.cn"
    True
    """
    text = _AUTOLINK.sub(lambda m: m.group(0)[:-1] + "\u200b" + m.group(0)[-1], str(text))
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text)


# Where GFM starts an autolink: a scheme's "://", "www." and the "@" of an e-mail address.
_AUTOLINK = re.compile(r"://|(?i:www)\.|@")


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:=&")


def marked(text: str, marks: list[Mark]) -> str:
    """Escaped ``text`` with each mark wrapped in ``<span class="mk-KIND">``; overlaps nest cleanly.

    >>> marked("a<b>c", [Mark(1, 4, "hit", "q")])
    'a<span class="mk-hit" title="q" data-note="q" tabindex="0">&lt;b&gt;</span>c'
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
            # A note shows on hover (title) and on tap (focus shows data-note, see STYLE).
            title = f' title="{esc(titles)}" data-note="{esc(titles)}" tabindex="0"' if titles else ""
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


@dataclass(frozen=True)
class KwicLine:
    left: str
    hit: str
    right: str
    meta: str
    meta_title: str = ""


def kwic_line(x: KwicLine) -> str:
    """One keyword-in-context line: the hit in a middle column (a stacked paragraph on phones).

    >>> kwic_line(KwicLine("创建“", "无讼社区", "”，", "大连中院")).count("mk-hit")
    1
    """
    return (
        '<div class="kwic-line">'
        f'<span class="kwic-l"><span>{esc(x.left)}</span></span>'
        f'<span class="kwic-h mk-hit">{esc(x.hit)}</span>'
        f'<span class="kwic-r">{esc(x.right)}</span>'
        f'<span class="kwic-meta" title="{esc(x.meta_title)}">{esc(x.meta)}</span>'
        "</div>"
    )


STYLE = """
<style>
.mk-hit { background: #ffe066; border-radius: 2px; }
.mk-focus { outline: 2px solid #e8590c; outline-offset: 1px; }
.mk-correction { background: #d3f9d8; border-bottom: 2px dotted #2b8a3e; cursor: help; }
.mk-unresolved { background: #ffc9c9; border-bottom: 2px dotted #c92a2a; cursor: help; }
.mk-metric { border-bottom: 2px solid #1c7ed6; font-weight: 600; cursor: help; }
[data-note]:focus { outline: 2px solid #1c7ed6; }
[data-note]:focus::after { content: "（" attr(data-note) "）"; font-weight: 400; font-size: .85em; color: #1b1b1b;
                           background: #fff9db; padding: 0 .2em; }
.kwic-line { display: grid; grid-template-columns: minmax(0, 1fr) max-content minmax(0, 1fr) 9em;
             font-size: .98rem; line-height: 2.1; border-bottom: 1px solid #eee; width: 100%; }
.kwic-l { display: flex; justify-content: flex-end; overflow: hidden; color: #444; }
.kwic-l > span, .kwic-r { white-space: nowrap; flex-shrink: 0; }
.kwic-r { overflow: hidden; color: #444; }
.kwic-h { font-weight: 600; padding: 0 .1em; }
.kwic-meta { color: #777; font-size: .8rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
             padding-left: 1em; }
.st-key-kwic-lines { display: grid !important; grid-template-columns: minmax(0, 1fr) auto; align-items: center;
                     column-gap: .5rem; row-gap: 0 !important; }
@media (max-width: 640px) {
  .kwic-line { display: block; line-height: 1.8; padding: .3em 0; }
  .kwic-l { display: inline; } .kwic-l > span, .kwic-r { white-space: normal; }
  .kwic-meta { display: block; padding-left: 0; white-space: normal; }
  .kwic-h { white-space: nowrap; }
  .st-key-kwic-lines [data-testid="stPageLink"] a { min-height: 44px; min-width: 44px; }
}
.reader p { line-height: 1.9; font-size: 1.02rem; }
.mk-title { font-weight: 700; }
.headline { font-size: 1.05rem; font-weight: 600; margin: .3em 0; }
.summary { color: #555; font-size: .9rem; line-height: 1.7; }
.slogans td, .slogans th { padding: .3em .8em; border-bottom: 1px solid #eee; vertical-align: top; text-align: left; }
.slogans td:nth-child(-n+2), .slogans td:last-child { white-space: nowrap; }
.slogans .ok { color: #2b8a3e; } .slogans .diff { color: #c92a2a; font-weight: 600; }
.fig-value { font-size: 1.6rem; font-weight: 700; line-height: 1.2; }
.fig-label { font-size: .95rem; color: #333; }
.fig-court, .fig-label { overflow-wrap: anywhere; }  /* a file id as a court's name wraps at a phone's width */
.fig-court { font-size: .8rem; color: #666; margin-top: .2em; }
.singles td { padding: .2em .8em .2em 0; border-bottom: 1px solid #eee; vertical-align: top; overflow-wrap: anywhere; }
/* The share box's copy button is always shown: a phone has no hover. */
[data-testid="stCode"] div:has(> [data-testid="stElementToolbarButton"]),
[data-testid="stCode"] div:has([data-testid="stElementToolbarButton"]),
[data-testid="stCode"] [data-testid="stElementToolbarButton"],
[data-testid="stCode"] [data-testid="stTooltipHoverTarget"],
[data-testid="stCode"] button { opacity: 1 !important; visibility: visible !important; }

.unit-dot { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .3em; }
</style>
"""


# Our own constant script, never built from text: on phones the side menu closes once a page is chosen.
BEHAVIOUR = """
<script>
(() => {
  if (window.__explorerNav) return;
  window.__explorerNav = true;
  document.addEventListener("click", (event) => {
    if (window.innerWidth > 640) return;
    if (!event.target.closest('[data-testid="stSidebar"] a')) return;
    setTimeout(() => {
      const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      if (close && close.offsetParent !== null) close.click();
    }, 100);
  }, true);
})();
</script>
"""


def _css_text(text: str) -> str:
    """A CSS string literal (quotes, backslashes and line ends escaped)."""
    return '"' + "".join(f"\\{ord(c):x} " if c in '"\\\n<>' else c for c in text) + '"'


def chrome_style(words: dict[str, str]) -> str:
    """CSS that shows Streamlit's own English words in another language where its markup allows:
    the text input's hint, the uploader's button and limits (``words``: hint, upload, limit).

    >>> "按回车键确认" in chrome_style({"hint": "按回车键确认", "upload": "上传", "limit": "每个文件不超过 10 MB"})
    True
    """
    if not words:
        return ""
    rules = {
        '[data-testid="InputInstructions"]': (words["hint"], ".75rem"),
        '[data-testid="stFileUploaderDropzone"] button p': (words["upload"], ".875rem"),
        '[data-testid="stFileUploaderDropzoneInstructions"] span': (words["limit"], ".75rem"),
    }
    css = "".join(
        f"{sel} {{ font-size: 0 !important; }} {sel}::after {{ content: {_css_text(text)}; font-size: {size}; }}\n"
        for sel, (text, size) in rules.items()
    )
    return f"<style>\n{css}</style>"
