"""Every command-line example in the README that shows its output prints that output today.

An example is a line ``    $ python -m explorer …`` followed by the lines it prints; ``…`` ends a
number the README shortens (the printed value must start with what stands before it).
"""

from __future__ import annotations

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
