"""Shapes of units the first held-back documents showed (issue 22): each on a small text in its shape,
with the units a careful reader names, worked out by hand."""

import pytest

from explorer.read.courts import canonical
from explorer.read.parse import parse_structure


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # a forest district's basic court, named in the title only; the body speaks as 我院
            "汪清林区基层法院2019年上半年全院审判态势分析\n一、结收比指标\n上半年收案数共152件，结案数共140件。\n"
            "我院上半年无长期未结诉讼案件。\n",
            "single_court",
            ["汪清林区基层法院"],
        ),
        (  # the same without 基层: one court under either name
            "汪清林区法院召开会议。\n汪清林区法院收案152件。\n",
            "single_court",
            ["汪清林区法院"],
        ),
    ],
)
def test_the_one_body_a_text_speaks_for(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)
    assert st.fallback == (layout == "fallback")


@pytest.mark.parametrize(
    ("a", "b"),
    [("汪清林区基层法院", "汪清林区法院"), ("白河林区基层人民法院", "白河林区法院")],
)
def test_a_forest_court_has_one_key_under_either_name(a, b):
    assert canonical(a) == canonical(b) == a[:2] + "林区人民法院"
