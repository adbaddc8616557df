"""Which general Chinese frequency list counts words as our corpus does: jieba's dictionary or wordfreq's (issue 25).

A keywords reference must segment as the corpus is segmented: a corpus word the list never saw gets the 0.5
that stands in for zero and looks like a keyword whatever it is. For the seed, the sample library and both:

- tokens found: the share of the corpus's word tokens (stop words too, then without them) the list has a count for;
- types found: the same over distinct words;
- rank correlation: Spearman's ρ of the corpus's counts against the list's over the words of the corpus seen at
  least twice that both lists hold (the same words for both, so the two ρ compare).

wordfreq (Apache-2.0 code, CC BY-SA 4.0 data, a 58 MB install) is not a dependency: install it apart to measure,
``pip install --target /tmp/wf wordfreq locate msgpack langcodes ftfy regex`` then
``PYTHONPATH=/tmp/wf python bench/reference_lists.py``; without it only jieba's row is measured.

Run: python bench/reference_lists.py [--markdown]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.analyse.tokens import tokens  # noqa: E402
from explorer.corpus.corpora import MemoryCorpus  # noqa: E402
from explorer.read.dataset import build_dataset  # noqa: E402
from explorer.read.resources import LIBRARY_DIR, general_frequencies  # noqa: E402


def wordfreq_list() -> dict[str, float] | None:
    """wordfreq's large Chinese list (word → frequency), or None when wordfreq is not installed."""
    try:
        import wordfreq
    except ImportError:
        return None
    return wordfreq.get_frequency_dict("zh", "large")


def spearman(x: pd.Series, y: pd.Series) -> float:
    """Spearman's ρ: Pearson's r of the ranks, ties given their mean rank (no scipy needed)."""
    return x.rank().corr(y.rank())


def markdown(table: pd.DataFrame) -> str:
    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in table.itertuples(index=False)]
    return "\n".join(lines)


def corpora() -> dict[str, MemoryCorpus]:
    seed, library = build_dataset(), build_dataset(LIBRARY_DIR)
    return {
        "seed": MemoryCorpus(seed),
        "library": MemoryCorpus(library),
        "seed + library": MemoryCorpus.of([*seed.documents, *library.documents]),
    }


def measure(words: pd.DataFrame, lists: dict[str, dict], common: set[str]) -> list[dict]:
    """One row per list: tokens and types found, and ρ over ``common`` (words of the corpus every list holds)."""
    words = words[words["is_word"]]
    counts = words["word"].value_counts()
    content = words.loc[~words["stop"], "word"]
    rows = []
    for name, freq in lists.items():
        found = words["word"].map(lambda w, f=freq: w in f)
        shared = sorted(w for w in counts.index if w in common and counts[w] >= 2)
        pair = pd.DataFrame({"corpus": counts[shared].to_numpy(), "list": [freq[w] for w in shared]})
        rows.append(
            {
                "list": name,
                "tokens": len(words),
                "tokens found": found.mean(),
                "tokens found, no stop words": content.map(lambda w, f=freq: w in f).mean(),
                "types found": pd.Series(counts.index).map(lambda w, f=freq: w in f).mean(),
                "words for ρ": len(shared),
                "ρ": spearman(pair["corpus"], pair["list"]),
                "most frequent missing": "、".join([w for w in counts.index if w not in freq][:6]),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    lists: dict[str, dict] = {"jieba dict.txt": general_frequencies()}
    if (wf := wordfreq_list()) is not None:
        lists["wordfreq zh large"] = wf
    else:
        print("wordfreq is not installed: measuring jieba's dictionary alone", file=sys.stderr)
    common = set.intersection(*(set(f) for f in lists.values()))
    rows = []
    for name, corpus in corpora().items():
        for row in measure(tokens(corpus), lists, common):
            rows.append({"corpus": name, **row})
    table = pd.DataFrame(rows)
    for c in ("tokens found", "tokens found, no stop words", "types found"):
        table[c] = (table[c] * 100).map("{:.1f}%".format)
    table["ρ"] = table["ρ"].map("{:.3f}".format)
    print(markdown(table) if args.markdown else table.to_string(index=False))


if __name__ == "__main__":
    main()
