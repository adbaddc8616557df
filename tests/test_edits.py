"""A reader's corrections of how a report was read (rename or merge a unit, drop a false figure, fix a
label): applied to every table, listed with who and when, kept in data/edits.csv and in the store,
applied again when the report is read again; the curated text repairs listed as the first of them."""

from __future__ import annotations

import pytest

from explorer.corpus.corpora import MemoryCorpus, StoreCorpus
from explorer.corpus.pipeline import pipeline_hash
from explorer.corpus.search import search
from explorer.corpus.store import build_store
from explorer.read.dataset import build_dataset, document_from_text
from explorer.read.edits import COLUMNS, Edit, EditError, edits_csv, read_edits
from explorer.read.resources import CORRECTIONS_FILE, SEEDS_DIR

SEED = "liaoning_court_work_conference_experience_exchange"
WHO, WHEN = "张研究员", "2026-12-03T07:30:00+00:00"


@pytest.fixture(scope="module")
def seed():
    return build_dataset().documents[0]


def figure(doc, raw: str) -> dict:
    return next(m for m in doc.records["metrics"] if m["raw"] == raw)


def edited(doc, *edits: Edit):
    from explorer.read.dataset import curated_corrections

    return document_from_text(doc.id, doc.path, doc.text.raw, curated_corrections(), doc.left_out, edits)


def test_a_renamed_unit_is_renamed_in_every_table_and_in_search(seed):
    old = "盖州市人民法院东城人民法庭"
    doc = edited(seed, Edit(SEED, "rename_unit", old, "盖州市东城人民法庭", WHO, WHEN, "全称以法院官网为准"))
    assert "盖州市东城人民法庭" in [u["name"] for u in doc.records["units"]]
    for table in ("initiatives", "sentences", "metrics"):
        assert old not in {r["unit"] for r in doc.records[table]}, table
    unit = next(u for u in doc.records["units"] if u["name"] == "盖州市东城人民法庭")
    assert old in unit["aliases"] and unit["level"] == "人民法庭"
    assert search(MemoryCorpus.of([doc]), "无讼社区").by_unit() == {"大连市中级人民法院": 1, "盖州市东城人民法庭": 1}
    (row,) = [e for e in doc.records["edits"] if e["kind"] == "rename_unit"]
    assert (row["who"], row["when"], row["status"], row["note"]) == (WHO, WHEN, "applied", "全称以法院官网为准")


def test_a_rename_to_another_units_name_merges_them(seed):
    doc = edited(seed, Edit(SEED, "rename_unit", "盖州市人民法院东城人民法庭", "海城市人民法院", WHO, WHEN))
    assert [u["name"] for u in doc.records["units"]].count("海城市人民法院") == 2
    figures = [m["raw"] for m in doc.records["metrics"] if m["unit"] == "海城市人民法院"]
    assert "58家" in figures and "47.63%" in figures  # 海城's own and the tribunal's, now one unit's


def test_a_dropped_figure_leaves_the_figures_and_says_why(seed):
    twelve = figure(seed, "12份")
    doc = edited(seed, Edit(SEED, "drop_figure", str(twelve["start"]), "", WHO, WHEN, "白皮书份数不是工作成效"))
    assert "12份" not in [m["raw"] for m in doc.records["metrics"]]
    assert len(doc.records["metrics"]) == len(seed.records["metrics"]) - 1
    kept = next(n for n in doc.records["non_metrics"] if n["start"] == twelve["start"])
    assert (kept["text"], kept["reason"]) == ("12份", "reader")  # nothing is lost: it is listed, and why


def test_a_relabelled_figure_keeps_its_value_and_place(seed):
    teams = figure(seed, "17个")
    doc = edited(seed, Edit(SEED, "relabel_figure", str(teams["start"]), "成立工作专班", WHO, WHEN))
    got = figure(doc, "17个")
    assert (got["label"], got["value"], got["start"], got["unit"]) == (
        "成立工作专班",
        17,
        teams["start"],
        teams["unit"],
    )


def test_a_correction_whose_target_is_gone_is_listed_as_stale(seed):
    doc = edited(seed, Edit(SEED, "drop_figure", "999999", "", WHO, WHEN), Edit("other", "drop_figure", "1", ""))
    assert [(e["kind"], e["status"]) for e in doc.records["edits"] if e["kind"] != "repair_text"] == [
        ("drop_figure", "stale")
    ]  # another report's correction is not this one's
    assert doc.records["metrics"] == seed.records["metrics"]


def test_the_curated_text_repairs_are_the_first_corrections_listed(seed):
    repairs = [e for e in seed.records["edits"] if e["kind"] == "repair_text"]
    assert len(repairs) == len(seed.records["corrections"]) == 3
    assert {e["who"] for e in repairs} == {CORRECTIONS_FILE.relative_to(CORRECTIONS_FILE.parents[1]).as_posix()}
    assert [e["value"] for e in repairs] == [c["repair"] for c in seed.records["corrections"]]


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ((SEED, "delete_unit", "x", "y"), "kind"),
        ((SEED, "drop_figure", "十二", ""), "offset"),
        ((SEED, "rename_unit", "沈阳市中级人民法院", ""), "name or label"),
        ((SEED, "relabel_figure", "12", "长" * 61), "name or label"),
        (("", "drop_figure", "12", ""), "names its report"),
    ],
)
def test_a_correction_that_cannot_be_one_is_refused_with_its_reason(fields, word):
    with pytest.raises(EditError, match=word):
        Edit(*fields)


def test_corrections_travel_as_csv_rows_and_a_name_is_only_data():
    edits = (Edit(SEED, "rename_unit", "沈阳市中级人民法院", "=HYPERLINK(1)", WHO, WHEN, "x,y"),)
    text = edits_csv(edits)
    assert text.splitlines()[0] == ",".join(COLUMNS) and "'=HYPERLINK(1)" in text  # formula-safe
    assert read_edits(text) == edits
    with pytest.raises(EditError, match="edits:2"):
        read_edits(text.replace("rename_unit", "bogus"))


def test_the_deployments_corrections_file_is_applied_at_every_build_and_in_the_store(tmp_path, seed):
    twelve = figure(seed, "12份")
    edits_file = tmp_path / "edits.csv"
    edits_file.write_text(edits_csv([Edit(SEED, "drop_figure", str(twelve["start"]), "", WHO, WHEN)]), "utf-8")
    ds = build_dataset(SEEDS_DIR, edits_file=edits_file)
    assert "12份" not in [m["raw"] for m in ds.records("metrics")]
    assert pipeline_hash((edits_file,)) != pipeline_hash((tmp_path / "none.csv",))  # a change rebuilds the store


def test_the_store_applies_the_deployments_corrections(tmp_path, seed, monkeypatch):
    import explorer.read.dataset as dataset

    twelve = figure(seed, "12份")
    edits_file = tmp_path / "edits.csv"
    edits_file.write_text(edits_csv([Edit(SEED, "relabel_figure", str(twelve["start"]), "白皮书", WHO, WHEN)]), "utf-8")
    monkeypatch.setattr(dataset, "EDITS_FILE", edits_file)
    monkeypatch.setattr(dataset.curated_edits, "__defaults__", (edits_file,))
    build_store(SEEDS_DIR, tmp_path / "store", workers=1)
    store = StoreCorpus(tmp_path / "store")
    metrics = store.table("metrics")
    assert metrics.loc[metrics["start"] == twelve["start"], "label"].tolist() == ["白皮书"]
    edits = store.table("edits")
    assert ("relabel_figure", "applied", WHO) in set(zip(edits["kind"], edits["status"], edits["who"], strict=True))


def test_a_reader_corrects_an_uploaded_report_in_the_app(seed):
    from apptest import open_app

    from explorer.corpus.upload import read_upload

    upload, _ = read_upload("my_report.txt", seed.text.raw.encode("utf-8"))  # as the uploader reads a file
    at = open_app(uploads=[upload], page="data", table="metrics", docs=["my_report"])
    assert "12份" in set(at.dataframe[0].value["raw"])
    at.radio(key="correct_kind").set_value("drop_figure").run()
    target = next(s for s in at.selectbox if s.label in ("对象", "Which one"))
    target.select_index(next(i for i, o in enumerate(target.options) if o.startswith("12份 · ")))
    next(i for i in at.text_input if i.label in ("校正人", "Your name")).input(WHO)
    next(b for b in at.button if b.label in ("应用校正", "Apply")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "12份" not in set(at.dataframe[0].value["raw"])  # the report was read again without it
    assert any("已校正" in s.value for s in at.success)
    tables = next(w for w in at.get("button_group") if "校正记录" in w.options)
    tables.set_value("edits").run()
    rows = at.dataframe[0].value
    mine = rows[rows["kind"] != "修复乱码"]  # the three text repairs come first, their kind in words
    assert len(mine) == 1 and set(mine.iloc[0].astype(str)) >= {"删除误读的数据", WHO, "已应用"}
