"""A qualifier split from its rate by the rate's period (超过年10%), 种 as a measure of kinds counted
(五十种案由), thousands set off by commas (2,127位), and counts that rank first among all (18项指标位居全市
第1位), and a bound that names what the next figure counts (150万元以上的案件9件) (issue 22): values by hand."""

from __future__ import annotations

import pytest

from explorer.read.metrics import find_numbers


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the qualifier stands before the period a rate is per: the rate takes it
        ("受理的案件数量却以超过年10%的速度下降。", [(10, "%", "over")]),
        ("调解率以逾每年3个百分点的幅度上升。", [(3, "个百分点", "over")]),
        ("结案率约每年5%递增。", [(5, "%", "approx")]),
        ("收案将近年均8%增长。", [(8, "%", "approx")]),
        # no qualifier word before the period, or none before the rate: exact as before
        ("收案以年10%的速度增长。", [(10, "%", "exact")]),
        ("收案同比增长10%。", [(10, "%", "exact")]),
        # a count is no rate: 超过年 before it is not read across (超过年限 is a word of its own)
        ("超过年限的案件3件。", [(3, "件", "exact")]),
        # 种 counts kinds: in digits or in words, before the noun it counts
        ("受理的各类案件中共涉及五十种案由。", [(50, "种", "exact")]),
        ("全年新增12种案由。", [(12, "种", "exact")]),
        # 一种 and 多种 count nothing
        ("调解其次是一种“行为”。", []),
        ("采取多种方式化解纠纷。", []),
        # thousands set off by commas, in groups of exactly three digits
        ("全國共有2,127位法官。", [(2127, "位", "exact")]),
        ("一年新收1,646件。", [(1646, "件", "exact")]),
        ("标的额10,000,000元。", [(10_000_000, "元", "exact")]),
        # a comma before a group of other than three digits separates, it sets off no thousands
        ("共1,2345件。", [(2345, "件", "exact")]),
        ("收案12,结案345件。", [(345, "件", "exact")]),
        # things counted that rank first among all the city's courts are a finding; a set ranked among is none
        ("与质量效率密切相关的18项指标位居全市第1位。", [(18, "项", "exact")]),
        ("位居全国70个大中城市第一。", []),
        ("在70个城市中位居全国第一。", []),
        # a bound (以上的, 以下的) naming what a later figure of its clause counts is no amount: that figure is
        ("其中标的额在150万元以上的案件9件。", [(9, "件", "exact")]),
        ("审结100件以下的法官有5人。", [(5, "人", "exact")]),
        # a bound with no figure after it in its clause stays an over
        ("诉讼标的额在150万元以上的,同比增长。", [(1_500_000, "元", "over")]),
        ("结案150件以上。", [(150, "件", "over")]),
    ],
)
def test_split_qualifiers_and_kinds(text, figures):
    metrics, _ = find_numbers(text)
    assert [(m.value, m.measure, m.qualifier) for m in metrics] == figures
