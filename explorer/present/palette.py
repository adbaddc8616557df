"""One colour per court, the same on every page and chart: the palette alone, so a page's text (its figure cards'
dots) is drawn before :mod:`explorer.present.charts` imports Altair."""

from __future__ import annotations

# Colour-blind-safe, distinct on white; the unit's order in the report picks its colour.
PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d", "#bab0ac"]


def unit_colors(short_names: list[str]) -> dict[str, str]:
    """Stable colour per unit, by order.

    >>> unit_colors(["沈阳中院", "东城法庭"])
    {'沈阳中院': '#4c78a8', '东城法庭': '#f58518'}
    """
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(short_names)}
