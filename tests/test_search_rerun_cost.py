"""What the search rerun no longer does on every run (issue 28), and that the page looks the same for it."""

import copy
import gc
import json

import pandas as pd
import pyarrow as pa
import pytest

from explorer.ui import shell

COUNTS = pd.DataFrame({"short": ["大连中院", "东城法庭"], "hits": [1, 1]})


def bars(**color) -> dict:
    """A bar chart's spec as as_vega makes one (the frame apart), its colour channel as given."""
    return {
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": "short", "type": "nominal", "sort": ["大连中院", "东城法庭"]},
            "x": {"field": "hits", "type": "quantitative"},
            **({"color": color} if color else {}),
        },
        "title": {"text": "各单位命中数"},
    }


# Streamlit 1.67 writes a space into a colour legend's missing title (vega_charts._patch_null_legend_titles),
# into the spec it is given: the cases where it writes, and where it does not.
@pytest.mark.parametrize(
    "spec",
    [
        bars(field="short", type="nominal", title=None),
        bars(field="short", type="nominal", legend={"title": None, "orient": "bottom"}),
        bars(field="short", type="nominal", title=None, legend={"title": None}),
        bars(field="short", type="nominal", legend=None),
        bars(),
        {"layer": [bars(field="short", type="nominal", title=None)], "datasets": {"d": [{"short": "东城法庭"}]}},
    ],
)
def test_a_kept_spec_stays_as_made_once_drawn(spec):
    kept = copy.deepcopy(spec)
    shell.chart((spec, pa.Table.from_pandas(COUNTS)), COUNTS, "hits_by_unit", "zh", width="stretch")
    shell.chart((spec, pa.Table.from_pandas(COUNTS)), COUNTS, "hits_by_unit", "zh", width="stretch")
    assert spec == kept


@pytest.mark.parametrize(
    ("color", "sent"),
    [
        ({"field": "short", "title": None}, {"field": "short", "title": " "}),
        ({"field": "short", "legend": {"title": None}}, {"field": "short", "legend": {"title": " "}}),
        ({"field": "short", "legend": {"title": "法院"}}, {"field": "short", "legend": {"title": "法院"}}),
    ],
)
def test_the_browser_gets_what_streamlit_makes_of_it(monkeypatch, color, sent):
    """The copy is of the parts Streamlit writes into: what it sends is as it was with a deep copy."""
    import streamlit.elements.vega_charts as vega

    spec, seen = bars(**color), []
    real = vega._stabilize_vega_json_spec
    monkeypatch.setattr(vega, "_stabilize_vega_json_spec", lambda text: seen.append(json.loads(text)) or real(text))
    shell.chart((spec, pa.Table.from_pandas(COUNTS)), COUNTS, "hits_by_unit", "zh", width="stretch")
    assert seen[0]["encoding"]["color"] == sent
    assert seen[0]["encoding"]["y"]["sort"] == ["大连中院", "东城法庭"]


def test_the_shared_corpus_is_asked_of_streamlit_once_per_generation():
    first = shell._opened(None, "")
    assert shell._opened(None, "") is first is shell._open_corpus(None, "")


def test_the_cycle_collector_waits_for_a_rerun_s_objects_to_be_freed():
    # Python's default is 700 new objects: about twice a search rerun (0.62 ms a search, 0.18 at 10,000)
    assert gc.get_threshold() == shell.GC_THRESHOLDS and shell.GC_THRESHOLDS[0] >= 10_000
