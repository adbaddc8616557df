"""Property tests: normalisation never raises, is idempotent, and keeps a sound offset map."""

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.read.normalize import normalize
from explorer.read.resources import SEEDS_DIR

SEED = next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8")
# Text that looks like the source: its own characters and fragments, plus digits and garbage.
FRAGMENTS = ["(xiàn)", "(2022)", "(zhōng)", "(guó)", "?", "ㄔ", "\ufffd", "“", "”", "万件", "%", "\r\n", " ", "STX"]
seed_like = st.lists(st.one_of(st.sampled_from(sorted(set(SEED))), st.sampled_from(FRAGMENTS)), max_size=80).map(
    "".join
)


def check_offsets(raw: str) -> None:
    n = normalize(raw)
    assert len(n.offsets) == len(n.clean) + 1
    assert n.offsets[-1] == len(n.raw)
    assert all(0 <= a <= b <= len(n.raw) for a, b in zip(n.offsets, n.offsets[1:], strict=False))
    for u in n.unresolved:
        assert n.clean[u.start : u.end] == n.raw[u.raw_start : u.raw_end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(raw):
    check_offsets(raw)


@settings(max_examples=300, deadline=None)
@given(seed_like)
def test_offsets_monotone_and_in_range_on_seed_like_text(raw):
    check_offsets(raw)


@settings(max_examples=300, deadline=None)
@given(seed_like)
def test_idempotent(raw):
    once = normalize(raw).clean
    assert normalize(once).clean == once


@settings(max_examples=200, deadline=None)
@given(seed_like)
def test_no_digit_is_lost(raw):
    clean = normalize(raw).clean
    assert [c for c in clean if c.isdigit()] == [c for c in raw.replace("\r", "") if c.isdigit()]


def test_idempotent_where_hypothesis_found_it_was_not():
    for raw in ["\n::", ":,中", "中::", "(：中"]:
        once = normalize(raw).clean
        assert normalize(once).clean == once, raw
