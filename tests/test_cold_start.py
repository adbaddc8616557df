"""A server's first page waits for every import (issue 26): the home page's text is sent before Altair is
imported, Chinese pages never import pypinyin (only English place and court names need it), and the home
page's charts are made once per corpus and language, not again for the next session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.corpus.corpora import MemoryCorpus
from explorer.read.resources import SEEDS_DIR

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: three sessions of the app's home page, one after another, in one server process.
# What was imported when the first headline figure was sent, and how many charts each session made.
SESSIONS = r"""
import json, sys
from streamlit import delta_generator
from streamlit.testing.v1 import AppTest

HEAVY = ("altair", "pypinyin", "jieba")
seen = {}
enqueue = delta_generator.DeltaGenerator._enqueue

def watching(self, delta_type, element, *args, **kwargs):
    if "first_figure" not in seen and "<div class='fig-value'>" in getattr(element, "body", ""):
        seen["first_figure"] = sorted(m for m in HEAVY if m in sys.modules)
    return enqueue(self, delta_type, element, *args, **kwargs)

delta_generator.DeltaGenerator._enqueue = watching

def session(**params):
    at = AppTest.from_file(sys.argv[1], default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at

first = session()
out = {"first_figure": seen["first_figure"], "end_zh": sorted(m for m in HEAVY if m in sys.modules),
       "charts_zh": len(first.get("vega_lite_chart"))}

import explorer.present.charts as charts

made = []
for name in ("figure_chart", "concepts_chart"):
    def counted(*args, _make=getattr(charts, name), _name=name, **kwargs):
        made.append(_name)
        return _make(*args, **kwargs)
    setattr(charts, name, counted)

again = session()
out["made_again_zh"] = list(made)
out["charts_again_zh"] = len(again.get("vega_lite_chart"))
made.clear()
english = session(lang="en")
out["made_en"] = sorted(made)
out["end_en"] = sorted(m for m in HEAVY if m in sys.modules)
print(json.dumps(out))
"""


# Many reports (the seed and the sample library): the home page's list of reports, then its timeline above it.
LIBRARY = r"""
import json, sys
from streamlit import delta_generator
from streamlit.testing.v1 import AppTest

seen = {}
enqueue = delta_generator.DeltaGenerator._enqueue

def watching(self, delta_type, element, *args, **kwargs):
    seen.setdefault(delta_type, "altair" in sys.modules)  # whether Altair was imported when the first was sent
    return enqueue(self, delta_type, element, *args, **kwargs)

delta_generator.DeltaGenerator._enqueue = watching
at = AppTest.from_file(sys.argv[1], default_timeout=120)
at.query_params["library"] = "true"
at.run()
assert not at.exception, [e.value for e in at.exception]

def kinds(node):
    children = getattr(node, "children", None)
    if not isinstance(children, dict):
        return [node.type]
    return [kind for key in sorted(children) for kind in kinds(children[key])]

order = [k for k in kinds(at.main) if k in ("dataframe", "vega_lite_chart")]
x = [json.loads(c.proto.spec).get("encoding", {}).get("x", {}).get("field") for c in at.get("vega_lite_chart")]
print(json.dumps({"altair_imported_when_list_sent": seen["dataframe"], "order": order[:2], "first_x": x[0]}))
"""


def _run(script: str) -> dict:
    MemoryCorpus.of_folder(SEEDS_DIR)  # the parsed seed on disk, as a server finds it after its first start
    env = {k: v for k, v in os.environ.items() if k != "EXPLORER_STORE"}
    cmd = [sys.executable, "-c", script, str(ROOT / "app.py")]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def sessions() -> dict:
    return _run(SESSIONS)


def test_the_home_pages_figures_are_sent_before_altair_or_pypinyin_is_imported(sessions):
    assert sessions["first_figure"] == []


def test_the_home_page_in_chinese_imports_no_pypinyin_and_altair_only_for_its_charts(sessions):
    # the seed: a dot plot for each of its four measures with two or more figures (%, 件, 个, 家), and the concepts
    assert (sessions["end_zh"], sessions["charts_zh"]) == (["altair"], 5)


def test_the_home_pages_charts_are_made_once_per_corpus_and_language(sessions):
    assert (sessions["made_again_zh"], sessions["charts_again_zh"]) == ([], 5)
    assert sessions["made_en"] == ["concepts_chart"] + ["figure_chart"] * 4  # English: its own, once


def test_english_names_are_what_imports_pypinyin(sessions):
    assert sessions["end_en"] == ["altair", "pypinyin"]


@pytest.mark.parametrize(
    "module",
    ["explorer.ui.shell", "explorer.present.about", "explorer.present.palette", "explorer.corpus.corpora"],
)
def test_what_every_page_imports_imports_neither_altair_nor_pypinyin(module):
    code = f"import sys, {module}; print(sorted(m for m in ('altair', 'pypinyin') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert (out.returncode, out.stdout.strip()) == (0, "[]"), out.stderr[-2000:]


def test_many_reports_the_list_is_sent_before_altair_and_the_timeline_drawn_above_it():
    """Seed and sample library: more reports than are described one by one, listed in a table, with the
    reports on a timeline (x: their dates) above it, made once the list is on its way."""
    out = _run(LIBRARY)
    assert out == {
        "altair_imported_when_list_sent": False,
        "order": ["vega_lite_chart", "dataframe"],
        "first_x": "date",
    }
