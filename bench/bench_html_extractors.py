"""Which boilerplate remover reads saved court pages best: trafilatura (what explorer/read/formats/html.py
uses), readability-lxml and jusText, on every real report of data/library/ put inside a court site's page
shell (tests/made_documents.py). Prints, per extractor: body lines kept (recall), lines that are body
(precision), shell words leaked, and reports whose parse equals the parse of the clean text.

    .venv/bin/python bench/bench_html_extractors.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import made_documents as made  # noqa: E402

from explorer.read.dataset import document_from_text  # noqa: E402
from explorer.read.formats.html import read_html  # noqa: E402


def readability(data: bytes) -> str:
    from readability import Document

    tree = lxml_html.fromstring(Document(data.decode("utf-8")).summary())
    return "\n".join(" ".join(e.text_content().split()) for e in tree.iter("p", "h1", "h2", "h3", "li", "tr"))


def justext_lines(data: bytes) -> str:
    import justext

    paragraphs = justext.justext(data, frozenset(), length_low=10, length_high=40, stopwords_low=0, stopwords_high=0)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS = {"trafilatura": lambda data: read_html("page.html", data).text, "readability-lxml": readability,
              "justext": justext_lines}  # fmt: skip


def parse_key(text: str):
    doc = document_from_text("d", "d", text)
    units = [u["name"] for u in doc.records["units"]]
    return units, sorted((m["value"], m["measure"], m["label"]) for m in doc.records["metrics"])


def main() -> None:
    slugs = sorted(p.stem for p in made.CORPUS.glob("*.txt"))
    for name, extract in EXTRACTORS.items():
        kept = body = out = inside = leaks = same = 0
        for slug in slugs:
            lines = made.lines_of(slug)
            truth = [ln.strip() for ln in lines if ln.strip()]
            got = [ln.strip() for ln in extract(made.page(lines)).splitlines() if ln.strip()]
            kept += len(set(truth) & set(got))
            body += len(set(truth))
            out += len(got)
            inside += sum(ln in set(truth) for ln in got)
            leaks += sum(any(w in ln for ln in got) for w in made.SHELL_WORDS if w not in "\n".join(lines))
            same += parse_key("\n".join(got)) == parse_key("\n".join(lines))
        print(f"{name:18} recall {kept / body:6.1%}  precision {inside / max(out, 1):6.1%}  "
              f"shell words leaked {leaks:3}  same parse {same}/{len(slugs)}")  # fmt: skip


if __name__ == "__main__":
    main()
