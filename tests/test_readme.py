"""Every command-line example in the README that shows its output prints that output today.

An example is a line ``    $ python -m explorer …`` followed by the lines it prints; ``…`` ends a
number the README shortens (the printed value must start with what stands before it).
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.read.resources import ROOT

README = Path(ROOT) / "README.md"


def examples() -> list[tuple[str, list[str]]]:
    found, current = [], None
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("    $ python -m explorer "):
            current = (line[len("    $ ") :].split("  #")[0].strip(), [])
            found.append(current)
        elif current and line.startswith("    ") and line.strip():
            current[1].append(line.strip())
        else:
            current = None
    return [(command, lines) for command, lines in found if lines]


def matches(expected: str, printed: str) -> bool:
    """A line as the README shows it: fields equal, or a printed field starting with a shortened one."""
    if "…" not in expected:
        return expected == printed
    pattern = "".join(
        re.escape(part) + r"[^,\s]*" if i < expected.count("…") else re.escape(part)
        for i, part in enumerate(expected.split("…"))
    )
    return re.fullmatch(pattern, printed) is not None


def test_the_readme_shows_examples_with_output():
    assert len(examples()) >= 4


@pytest.mark.parametrize(("command", "expected"), examples(), ids=[c for c, _ in examples()])
def test_a_readme_example_prints_what_the_readme_shows(command, expected):
    args = shlex.split(command)[1:]
    ran = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    printed = [line.strip().lstrip("\ufeff") for line in (ran.stdout + ran.stderr).splitlines() if line.strip()]
    for line in expected:
        assert any(matches(line, p) for p in printed), f"{command}: {line!r} not in {printed[:8]}"


def word_level_rows() -> list[tuple[str, str]]:
    """(query, what it finds) of each row of the query table whose query begins with ``[``."""
    rows = re.findall(r"^\| `(\[.*?)` \| (.*) \|$", README.read_text(encoding="utf-8"), re.MULTILINE)
    return [(query.replace("\\|", "|"), finds) for query, finds in rows]


def test_the_query_table_shows_word_level_queries():
    assert len(word_level_rows()) >= 5


@pytest.mark.parametrize(("query", "finds"), word_level_rows(), ids=[q for q, _ in word_level_rows()])
def test_a_word_level_row_finds_what_the_readme_says(query, finds, dataset):
    from explorer.corpus.search import search

    result = search(dataset, query)
    if finds.startswith("refused"):
        assert result.error.code == "cql_unsupported"  # named where it stands
        assert query[result.error.position :].startswith(result.error.detail)
    else:
        (count,) = re.findall(r"(\d+) hits in the seed", finds)
        assert result.error is None and result.total == int(count)


# issue 25, items 4 and 5: the concordance's controls, clusters and n-grams are shown with their output
@pytest.mark.parametrize(
    "shown",
    ["concordance 调解 --sort 1R,1L --context 10 --sample 3 --seed 7", "clusters 调解 --n 2", "wordlist --n 2 --top 2"],
)
def test_the_toolkit_examples_are_in_the_readme(shown):
    assert any(shown in command for command, _ in examples())


def test_the_sampled_concordance_prints_its_lines_in_the_readmes_order():
    command, expected = next((c, e) for c, e in examples() if "--sample 3 --seed 7" in c)
    ran = subprocess.run([sys.executable, *shlex.split(command)[1:]], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)  # fmt: skip
    rows = [line.strip() for line in ran.stdout.splitlines() if line.startswith("调解,")]
    shown = [line for line in expected if line.startswith("调解,")]
    # sorted by 1R: ” (U+201D) before 和 (U+548C) before 率 (U+7387)
    assert len(rows) == len(shown) == 3 and all(matches(e, p) for e, p in zip(shown, rows, strict=True))


# issue 25, item 6: the saved-subcorpus example finds what the same restriction given by flags finds
def test_the_subcorpus_example_finds_what_its_flags_find():
    command, expected = next((c, e) for c, e in examples() if " --sub " in c)
    total = int(expected[0].split()[0])
    args = shlex.split(command)[1:]
    flags = [a for a in args if a not in ("--sub", "两年中院|years=2019-2024|level=中院")]
    flags[flags.index("search") : flags.index("search")] = ["--year", "2019-2024", "--level", "中院"]
    ran = subprocess.run([sys.executable, *flags, "--json"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert json.loads(ran.stdout)["total"] == total
    assert "两年中院|years=2019-2024|level=中院" in args


# issue 25, items 1 and 2: keywords against general Chinese, worked out by hand; the collocation graph's words
def test_the_general_chinese_example_is_worked_out_by_hand(dataset):
    import math

    from explorer.analyse.tokens import tokens
    from explorer.corpus.corpora import MemoryCorpus
    from explorer.read.resources import jieba_dict_file

    _, expected = next((c, e) for c, e in examples() if "--reference general" in c)
    shown = next(line for line in expected if line.startswith("法院,")).split(",")
    words = tokens(MemoryCorpus(dataset))
    words = words[words["is_word"]]
    a, n_t = int((words["word"] == "法院").sum()), len(words)
    lines = jieba_dict_file().read_text(encoding="utf-8").splitlines()
    b = next(int(line.split()[1]) for line in lines if line.split()[0] == "法院")
    n_r = sum(int(line.split()[1]) for line in lines)
    assert (a, n_t, b, n_r) == (21, 1250, 2312, 60_101_967)  # as the README's sentence says
    n, k = n_t + n_r, a + b
    cells = [(a, n_t, k), (b, n_r, k), (n_t - a, n_t, n - k), (n_r - b, n_r, n - k)]
    g2 = 2 * sum(o * math.log(o / (row * col / n)) for o, row, col in cells)
    ratio = math.log2((a / n_t) / (b / n_r))
    assert shown[1:3] == ["21", "2312"] and f"{g2:.3f}".startswith(shown[5].rstrip("…"))
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert shown[6].startswith(f"{ratio:.2f}") and f"log2((21/1250)/(2312/60101967)) = {ratio:.2f}" in text


def test_the_collocation_graph_sentence_names_what_the_graph_draws(seed_and_library):
    from explorer.analyse.collocates import collocates
    from explorer.analyse.network import network
    from explorer.analyse.tokens import tokens

    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "调解's three strongest by G² (window 5, at least 2) are 委员会, 纠纷 and 室" in text
    assert "and 委员会's own two are 人民调解 and 成员名单" in text
    words = tokens(seed_and_library)
    table = collocates(seed_and_library, "调解", 5, 2, words=words)
    links = network(seed_and_library, "调解", table, "ll", 5, 2, words=words)
    assert links.loc[links["order"] == 1, "target"].head(3).tolist() == ["委员会", "纠纷", "室"]
    own = links.loc[(links["source"] == "委员会") & (links["order"] == 2), "target"]
    assert own.tolist() == ["人民调解", "成员名单"]
