"""The team library (issue 28): publishing an upload into the watched folder with a key, the record of who
and when, removal, the builder killed mid-publish, the app's forms and messages, and the whole deployment
on loopback (two app processes, the builder and nginx) driven from two browser contexts."""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from explorer.corpus.publish import RECORD, PublishError, Record, Team, history, publish, published, remove, removed
from explorer.corpus.upload import read_upload
from explorer.read.resources import SEEDS_DIR

ROOT = Path(__file__).resolve().parent.parent
ALICE, BOB = "alice-key-0123456789", "bob-key-9876543210"
KEYS = {"alice": ALICE, "bob": BOB}
# A report of three courts; 共享法庭驿站 is written three times in it (a heading and two sentences), and
# nowhere in the seed.
TERM = "共享法庭驿站"
REPORT = (
    "2026年3月2日，某市中级人民法院召开全市法院工作会议。\n"
    "经验交流单位：甲县人民法院\n建设共享法庭驿站\n在乡镇设立共享法庭驿站12个，化解纠纷300件。\n"
    "经验交流单位：乙县人民法院\n推进诉源治理\n依托共享法庭驿站开展调解，调解成功率达85%。\n"
    "经验交流单位：丙区人民法院\n深化执行联动\n执结案件1500件。\n"
)
COURTS = ["甲县人民法院", "乙县人民法院", "丙区人民法院"]
SEED_ID = next(SEEDS_DIR.glob("*.txt")).stem


def test_the_report_holds_the_term_three_times():
    assert REPORT.count(TERM) == 3 and all(f"经验交流单位：{c}" in REPORT for c in COURTS)


# The core: keys, names, the record ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secrets", "keys", "read_key", "ignored"),
    [
        ({}, None, None, None),  # no [team]: no team library
        ({"team": "x"}, None, None, None),
        ({"team": {"keys": {"alice": ALICE}}}, ["alice"], None, ()),
        ({"team": {"keys": {"张三": ALICE, "bob": "短密钥"}}}, ["张三"], None, ("bob",)),  # a short key never works
        ({"team": {"keys": {"bob": 12345678901234}}}, [], None, ("bob",)),  # not text
        ({"team": {"keys": {"a\nb": ALICE}}}, [], None, ("a\nb",)),  # a name that would break the record's line
        ({"team": {"read_key": "读者密钥读者密钥读者密钥"}}, [], "读者密钥读者密钥读者密钥", ()),
        ({"team": {"read_key": "abc"}}, [], "", ("read_key",)),  # too short: reading stays closed
    ],
)
def test_team_from_secrets(secrets, keys, read_key, ignored):
    team = Team.from_secrets(secrets)
    if keys is None:
        assert team is None
        return
    assert (sorted(team.keys), team.read_key, team.ignored) == (keys, read_key, ignored)


@pytest.mark.parametrize(
    ("given", "who"),
    [(ALICE, "alice"), (BOB, "bob"), (ALICE[:-1], None), (ALICE + " ", None), ("", None), ("密钥", None)],
)
def test_a_key_names_its_holder(given, who):
    assert Team(KEYS).who(given) == who


@pytest.mark.parametrize(
    ("read_key", "given", "may"),
    [(None, None, True), (None, "x", True), ("读者密钥读者密钥读者密钥", "读者密钥读者密钥读者密钥", True),
     ("读者密钥读者密钥读者密钥", "读者密钥", False), ("读者密钥读者密钥读者密钥", None, False), ("", "", False)],
)  # fmt: skip
def test_reading_needs_the_read_key_only_when_one_is_set(read_key, given, may):
    assert Team({}, read_key).may_read(given) is may


@pytest.mark.parametrize(
    ("there", "name", "file"),
    [
        ([], "某县报告.txt", "某县报告.txt"),
        (["某县报告.txt"], "某县报告.txt", "某县报告-2.txt"),  # nobody's report is replaced
        (["某县报告.html", "某县报告-2.txt"], "某县报告.TXT", "某县报告-3.txt"),  # one id whatever the format
        (["某县报告.csv"], "某县报告.pdf", "某县报告.pdf"),  # a file that is no report takes no id
        ([], "../../etc/某县报告.docx", "某县报告.docx"),  # never outside the folder
        ([], ".隐藏.txt", "隐藏.txt"),  # never a hidden file
        ([], "a\x00b\x1b.txt", "ab.txt"),
    ],
)
def test_a_published_report_takes_a_free_name_in_the_folder(tmp_path, there, name, file):
    for other in there:
        (tmp_path / other).write_bytes(b"x")
    record = publish(tmp_path, name, REPORT.encode(), "alice")
    assert record.file == file and record.id == file.rsplit(".", 1)[0]
    assert (tmp_path / file).read_bytes() == REPORT.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({*there, file, RECORD, ".publish.lock"})


def test_the_record_says_who_and_when_and_never_the_key(tmp_path):
    data = REPORT.encode("gb18030")
    when = datetime(2026, 12, 3, 10, 12, 5, tzinfo=UTC)
    record = publish(tmp_path, "团队报告.txt", data, Team(KEYS).who(ALICE), when)
    lines = (tmp_path / RECORD).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"action": "publish", "id": "团队报告", "file": "团队报告.txt", "who": "alice",
         "when": "2026-12-03T10:12:05+00:00", "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    ]  # fmt: skip
    assert ALICE not in (tmp_path / RECORD).read_text(encoding="utf-8")
    assert published(tmp_path) == {"团队报告": record} and record.stamp() == "2026-12-03 10:12 UTC"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("报告.doc", REPORT.encode(), "not_a_report"),
        ("报告.csv", REPORT.encode(), "not_a_report"),
        ("报告", REPORT.encode(), "not_a_report"),
        ("报告.txt", b"", "not_a_report"),
        ("报告.txt", b"x" * (10 * 1024 * 1024 + 1), "too_large"),
    ],
)
def test_what_is_not_a_report_is_refused_and_nothing_written(tmp_path, name, data, code):
    with pytest.raises(PublishError) as refused:
        publish(tmp_path, name, data, "alice")
    assert refused.value.code == code
    assert [p.name for p in tmp_path.iterdir() if p.name != ".publish.lock"] == []


def test_every_refusal_has_a_message_in_both_languages():
    from explorer.corpus.publish import CODES
    from explorer.present.i18n import STRINGS

    keys = [f"team_{code}" for code in (*CODES, "failed", "refused", "read_refused")]
    assert [k for k in keys if k not in STRINGS or not all(STRINGS[k])] == []


def test_a_missing_library_folder_is_said(tmp_path):
    with pytest.raises(PublishError) as refused:
        publish(tmp_path / "gone", "报告.txt", REPORT.encode(), "alice")
    assert refused.value.code == "no_library"


def test_removing_takes_the_file_away_and_records_who(tmp_path):
    (tmp_path / f"{SEED_ID}.txt").write_bytes(b"the operator's own report")
    publish(tmp_path, "团队报告.txt", REPORT.encode(), "alice")
    remove(tmp_path, "团队报告", "bob", datetime(2026, 12, 3, 11, 0, tzinfo=UTC))
    assert not (tmp_path / "团队报告.txt").exists() and published(tmp_path) == {}
    assert removed(tmp_path) == {
        "团队报告": Record("remove", "团队报告", "团队报告.txt", "bob", "2026-12-03T11:00:00+00:00")
    }
    for doc in ["团队报告", SEED_ID, "没有这份"]:  # removed already, never published, absent
        with pytest.raises(PublishError) as refused:
            remove(tmp_path, doc, "bob")
        assert refused.value.code == "not_published"
    assert (tmp_path / f"{SEED_ID}.txt").exists()
    again = publish(tmp_path, "团队报告.txt", REPORT.encode(), "bob")  # published again: the latest record wins
    assert published(tmp_path) == {"团队报告": again} and removed(tmp_path) == {}


def test_a_line_torn_by_a_crash_is_skipped_and_the_next_is_whole(tmp_path):
    first = publish(tmp_path, "一.txt", REPORT.encode(), "alice")
    with open(tmp_path / RECORD, "ab") as f:
        f.write(b'{"action":"publish","id":"\xe4\xb8')  # killed in the middle of a line (and of a character)
    second = publish(tmp_path, "二.txt", REPORT.encode(), "bob")
    assert history(tmp_path) == [first, second]


def _publish_one(folder: str, n: int) -> str:
    return publish(Path(folder), "同名报告.txt", f"{REPORT}{n}".encode(), f"user{n}").file


def test_processes_publishing_one_name_at_once_each_get_their_own_report(tmp_path):
    with multiprocessing.get_context("fork").Pool(6) as pool:
        files = pool.starmap(_publish_one, [(str(tmp_path), n) for n in range(6)])
    assert sorted(files) == ["同名报告-2.txt", "同名报告-3.txt", "同名报告-4.txt", "同名报告-5.txt", "同名报告-6.txt",
                             "同名报告.txt"]  # fmt: skip
    assert {r.file: r.who for r in history(tmp_path)} == {f: f"user{n}" for n, f in enumerate(files)}
    for n, f in enumerate(files):  # each file is its publisher's bytes, whole
        assert (tmp_path / f).read_bytes() == f"{REPORT}{n}".encode()


# The builder killed mid-publish ----------------------------------------------------------------------

# A build that kills itself (SIGKILL, as the kernel's OOM killer or kill -9 would) at one point of its commit.
KILLER = """
import os, signal, sys
from pathlib import Path
import explorer.corpus.store as store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

point = sys.argv[3]
if point == "half_segment":  # the segment's tables are written under .tmp-seg-…, its index not yet
    store.TextIndex.build = die
elif point == "segment_renamed":  # the segment is in place, no generation lists it
    store._commit = die
elif point == "generation_written":  # gen-N.json is written, CURRENT still names the one before
    write = store._write_atomic
    store._write_atomic = lambda path, text: die() if path.name == store.CURRENT else write(path, text)
elif point == "committed":  # CURRENT names the new generation; the old segments are not yet collected
    store._collect_garbage = die
store.build_store(Path(sys.argv[1]), Path(sys.argv[2]), workers=1)
"""


def _store_holds(out: Path, doc: str) -> tuple[list[str], int] | None:
    """The report's courts and its hits for TERM as the store's live generation serves them; None if absent."""
    from explorer.corpus.corpora import StoreCorpus
    from explorer.corpus.search import search

    corpus = StoreCorpus(out)
    if doc not in corpus.document_ids():
        return None
    sections = corpus.sections
    courts = [n for n in sections[sections["document"] == doc]["name"].tolist() if n]
    return courts, sum(1 for h in search(corpus, TERM).hits if h.document == doc)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A watched folder holding the seed, and its store."""
    from explorer.corpus.store import build_store

    tmp = tmp_path_factory.mktemp("built")
    shutil.copytree(SEEDS_DIR, tmp / "reports")
    build_store(tmp / "reports", tmp / "store", workers=1)
    return tmp


@pytest.mark.slow
@pytest.mark.parametrize(
    ("point", "served"),
    [("half_segment", False), ("segment_renamed", False), ("generation_written", False), ("committed", True)],
)
def test_a_builder_killed_mid_publish_leaves_the_report_whole_or_absent(built, tmp_path, point, served):
    reports, out = tmp_path / "reports", tmp_path / "store"
    shutil.copytree(built / "reports", reports)
    shutil.copytree(built / "store", out)
    publish(reports, "团队报告.txt", REPORT.encode(), "alice")
    killed = subprocess.run([sys.executable, "-c", KILLER, str(reports), str(out), point], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    whole = (COURTS, 3)  # three courts, three hits: read from REPORT above
    assert _store_holds(out, "团队报告") == (whole if served else None)
    assert _store_holds(out, SEED_ID) is not None  # the rest of the library is still served
    # the builder started again (as serve.sh or an operator would) finishes the job: the report is whole
    again = subprocess.run([sys.executable, "-m", "explorer", "--seeds", str(reports), "index", "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert _store_holds(out, "团队报告") == whole
    assert published(reports)["团队报告"].who == "alice"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".tmp-")]


# The app: forms and messages (AppTest) ------------------------------------------------------------


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A team library folder holding the seed, named to the app as serve.sh names it."""
    folder = tmp_path / "reports"
    shutil.copytree(SEEDS_DIR, folder)
    monkeypatch.setenv("EXPLORER_REPORTS", str(folder))
    return folder


def _app(secrets: dict | None, uploads=(), **params):
    from apptest import APP
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if secrets is not None:
        at.secrets["team"] = secrets
    if uploads:
        at.session_state["_uploads"] = list(uploads)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(at) -> list[str]:
    return [e.value for kind in ("success", "error", "warning", "info", "caption") for e in getattr(at, kind)]


UPLOAD = read_upload("团队报告.txt", REPORT.encode())[0]


@pytest.mark.parametrize(
    ("lang", "given", "published_as", "message"),
    [
        ("zh", ALICE, "alice", "已以 alice 的名义发布“团队报告”"),
        ("zh", BOB, "bob", "已以 bob 的名义发布“团队报告”"),
        ("en", BOB, "bob", "Published “团队报告” as bob; the builder adds it within a few seconds"),
        ("zh", "alice-key", None, "密钥不对：已拒绝，没有写入任何内容。"),
        ("zh", "", None, "密钥不对：已拒绝，没有写入任何内容。"),
        ("en", ALICE + "x", None, "Wrong key: refused, nothing was written."),
    ],
)
def test_publishing_an_upload_needs_a_key(library, lang, given, published_as, message):
    at = _app({"keys": KEYS}, uploads=[UPLOAD], **({"lang": "en"} if lang == "en" else {}))
    key_input = next(w for w in at.text_input if w.key == "team_key_0")
    key_input.input(given)
    next(b for b in at.button if b.label == {"zh": "发布", "en": "Publish"}[lang]).click()
    at.run()
    assert not at.exception
    assert any(message in text for text in _texts(at)), _texts(at)
    if published_as is None:
        assert sorted(p.name for p in library.iterdir()) == sorted(p.name for p in SEEDS_DIR.iterdir())
        return
    assert (library / "团队报告.txt").read_text(encoding="utf-8") == REPORT
    assert published(library)["团队报告"].who == published_as
    links = [c.value for c in at.code]
    suffix = "/?page=search" + ("&lang=en" if lang == "en" else "") + "&docs=团队报告"
    assert any(link.endswith(suffix) for link in links), links


def test_an_upload_removed_from_the_library_can_be_published_again(library):
    at = _app({"keys": KEYS}, uploads=[UPLOAD])
    next(w for w in at.text_input if w.key == "team_key_0").input(ALICE)
    next(b for b in at.button if b.label == "发布").click()
    at.run()
    assert not any(w.key == "team_key_0" for w in at.text_input)  # published: the message in place of the form
    remove(library, "团队报告", "bob")
    at.run()
    assert any(w.key == "team_key_0" for w in at.text_input) and not at.exception
    next(w for w in at.text_input if w.key == "team_key_0").input(BOB)
    next(b for b in at.button if b.label == "发布").click()
    at.run()
    assert published(library)["团队报告"].who == "bob"


@pytest.mark.parametrize(
    ("secrets", "env", "form"),
    [
        ({"keys": KEYS}, True, True),
        (None, True, False),  # no secrets: no team library
        ({"keys": KEYS}, False, False),  # no watched folder
        ({"keys": {"alice": "short"}}, True, False),  # no usable key
    ],
)
def test_the_form_shows_only_with_a_team_library(library, monkeypatch, secrets, env, form):
    if not env:
        monkeypatch.delenv("EXPLORER_REPORTS")
    at = _app(secrets, uploads=[UPLOAD])
    assert any(w.key == "team_key_0" for w in at.text_input) is form
    assert any("发布后保存在服务器的团队库中" in c.value for c in at.caption) is form  # what publishing means


def test_a_published_report_says_who_published_it_and_can_be_removed(library):
    at = _app({"keys": KEYS}, docs=SEED_ID)
    assert not [x for x in _texts(at) if "发布到团队库" in x]  # the seed is the operator's, not published
    record = Record("publish", SEED_ID, f"{SEED_ID}.txt", "alice", "2026-12-03T10:12:00+00:00")
    with open(library / RECORD, "a", encoding="utf-8") as f:
        f.write(json.dumps(record.__dict__, ensure_ascii=False) + "\n")
    at = _app({"keys": KEYS}, docs=SEED_ID)
    assert f"“{SEED_ID}”由 alice 于 2026-12-03 10:12 UTC 发布到团队库".replace("_", "\\_") in _texts(at)
    key_input = next(w for w in at.text_input if w.key == f"team_rmkey_{SEED_ID}")
    key_input.input("wrong-key-wrong-key")
    next(b for b in at.button if b.label == "移除").click()
    at.run()
    assert "密钥不对：已拒绝，没有写入任何内容。" in _texts(at) and (library / f"{SEED_ID}.txt").exists()
    next(w for w in at.text_input if w.key == f"team_rmkey_{SEED_ID}").input(BOB)
    next(b for b in at.button if b.label == "移除").click()
    at.run()
    assert not (library / f"{SEED_ID}.txt").exists() and removed(library)[SEED_ID].who == "bob"


@pytest.mark.parametrize(
    ("secrets", "state", "lang", "message"),
    [
        (
            {"keys": KEYS},
            "private",
            "zh",
            "它是在另一个浏览器会话中上传的，没有发布。请发送者把它发布到团队库后再发链接。",
        ),
        (
            {"keys": KEYS},
            "private",
            "en",
            "it was uploaded in another browser session and not published. Ask the sender",
        ),
        (None, "private", "zh", "上传的报告只在上传它的会话中可见。请向发送者索取文件。"),  # no library to publish to
        ({"keys": KEYS}, "arriving", "zh", "刚发布到团队库，正在加入，请几秒后重新打开此链接。"),
        ({"keys": KEYS}, "removed", "en", "was removed from the team library by bob, 2026-12-03 11:00 UTC."),
    ],
)
def test_a_link_to_a_report_not_here_says_why(library, secrets, state, lang, message):
    if state == "arriving":  # in the folder, not yet in the corpus the app serves (no builder here)
        publish(library, "团队报告.txt", REPORT.encode(), "alice")
    if state == "removed":
        publish(library, "团队报告.txt", REPORT.encode(), "alice")
        remove(library, "团队报告", "bob", datetime(2026, 12, 3, 11, 0, tzinfo=UTC))
    params = {"docs": "团队报告", "q": "调解"} | ({"lang": "en"} if lang == "en" else {})
    at = _app(secrets, **params)
    assert any(message in text and "团队报告" in text for text in _texts(at)), _texts(at)
    assert not [c for c in _texts(at) if "docs=" in c]  # not the generic "ignored a parameter"


@pytest.mark.parametrize(("given", "opens"), [(None, False), ("读者密钥", False), ("读者密钥读者密钥读者密钥", True)])
def test_a_read_key_closes_reading_until_given(library, given, opens):
    at = _app({"keys": KEYS, "read_key": "读者密钥读者密钥读者密钥"}, q="无讼社区")
    assert not [h for h in at.markdown if "处命中" in h.value]
    if given is not None:
        next(w for w in at.text_input if w.label.startswith("阅读密钥")).input(given)
        next(b for b in at.button if b.label == "打开").click()
        at.run()
    shown = any(s.value.endswith("处命中") for s in at.subheader) or any("处命中" in m.value for m in at.markdown)
    assert shown is opens
    if given and not opens:
        assert "密钥不对，未打开。" in [e.value for e in at.error]


# The whole deployment on loopback -------------------------------------------------------------------

BROWSER_TERM, PRIVATE_TERM = "智慧诉服驿站", "巡回审判车"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def team_deployment(tmp_path_factory):
    """scripts/serve.sh with two app processes, the builder watching a copy of the seeds, nginx, and a
    secrets file of two named keys outside the checkout (as an operator keeps it)."""
    from test_deploy import bench_proxy, need_nginx_and_curl

    need_nginx_and_curl()
    tmp = tmp_path_factory.mktemp("team")
    shutil.copytree(SEEDS_DIR, tmp / "reports")
    secrets = tmp / "secrets.toml"
    secrets.write_text(f'[team.keys]\nalice = "{ALICE}"\nbob = "{BOB}"\n', encoding="utf-8")
    conf = bench_proxy.write_conf(tmp, 2, store=str(tmp / "store"), reports=str(tmp / "reports"), secrets=str(secrets))
    values = bench_proxy.read_conf(conf)
    try:
        started = bench_proxy.serve(conf, "start")
        assert started.returncode == 0, started.stdout + started.stderr
        yield conf, values
    finally:
        bench_proxy.serve(conf, "stop")


def _whole_within(out: Path, doc: str, want, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while (found := _store_holds(out, doc)) != want:
        assert time.monotonic() < deadline, f"{doc}: {found}, not {want}, after {seconds} s"
        time.sleep(0.5)


def _group_gone(pgid: int, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        rows = subprocess.run(["ps", "-e", "-o", "pgid=,stat="], capture_output=True, text=True).stdout.splitlines()
        if not [r for r in rows if r.split()[:1] == [str(pgid)] and not r.split()[1].startswith("Z")]:
            return
        time.sleep(0.1)
    raise AssertionError(f"process group {pgid} still running")


@pytest.mark.slow
def test_the_deployed_builder_killed_mid_publish_loses_nothing(team_deployment):
    """The builder's process group killed at once, a moment after a report is published, and while it writes
    the report's segment; whatever the moment, the store serves the report whole or not at all, and the
    builder started again adds it."""
    from test_deploy import bench_proxy

    conf, values = team_deployment
    reports, out, run = Path(values["REPORTS"]), Path(values["STORE"]), Path(values["RUN_DIR"])
    for n, delay in enumerate([0.0, 0.3, "writing", 1.5]):
        pid = bench_proxy.pid_of(conf, "builder")
        command = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
        record = publish(reports, f"杀{n}.txt", REPORT.encode(), "alice")
        if delay == "writing":  # the moment the builder is writing the report's segment (.tmp-seg-…)
            deadline = time.monotonic() + 30
            while not any(p.name.startswith(".tmp-seg-") for p in out.iterdir()):
                assert time.monotonic() < deadline, "the builder wrote no segment"
                time.sleep(0.002)
        else:
            time.sleep(delay)
        os.killpg(pid, signal.SIGKILL)
        _group_gone(pid)
        state = _store_holds(out, record.id)
        assert state in (None, (COURTS, 3)), delay
        restarted = time.monotonic()
        with open(run / "builder.log", "ab") as log:  # started again as serve.sh starts it
            again = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)  # fmt: skip
        (run / "pids" / "builder.pid").write_text(str(again.pid), encoding="utf-8")
        _whole_within(out, record.id, (COURTS, 3))
        when = "while writing the report's segment" if delay == "writing" else f"{delay} s after a publish"
        print(f"builder killed {when}: the report {'whole' if state else 'absent'}; "
              f"whole {time.monotonic() - restarted:.1f} s after the restart")  # fmt: skip
    assert bench_proxy.serve(conf, "status").returncode == 0
    assert [published(reports)[f"杀{n}"].who for n in range(4)] == ["alice"] * 4


def _browser(p):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("chromium is not installed (scripts/test.sh installs it)")
    return p.chromium.launch(executable_path=chromium, args=ARGS)


def _hits(page, n: int) -> list[str]:
    """Waits for the page's hit count, then its hit lines' text."""
    page.get_by_text(f"{n} 处命中", exact=True).wait_for(timeout=90_000)
    page.locator(".kwic-line").nth(n - 1).wait_for(timeout=90_000)  # one line a hit, on one page of them
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=90_000)
    return page.locator(".kwic-line").all_inner_texts()


@pytest.mark.slow
@pytest.mark.browser
def test_a_report_published_in_one_browser_is_seen_in_another(team_deployment):
    from playwright.sync_api import sync_playwright
    from test_deploy import _proxy, _stream, bench_proxy

    _, values = team_deployment
    reports, out = Path(values["REPORTS"]), Path(values["STORE"])
    text = REPORT.replace(TERM, BROWSER_TERM)
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            one = browser.new_context(locale="zh-CN").new_page()
            one.goto(_proxy(values, f"?page=search&q={quote(BROWSER_TERM)}"))
            one.get_by_text(f"没有找到“{BROWSER_TERM}”", exact=False).wait_for(timeout=90_000)
            one.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                files=[{"name": "浏览器报告.txt", "mimeType": "text/plain", "buffer": text.encode()}]
            )
            lines = _hits(one, 3)
            # a wrong key: refused, nothing written
            one.get_by_label("发布密钥").fill("alice-key-guess")
            one.get_by_role("button", name="发布", exact=True).click()
            one.get_by_text("密钥不对：已拒绝，没有写入任何内容。").wait_for(timeout=30_000)
            assert not (reports / "浏览器报告.txt").exists() and "浏览器报告" not in published(reports)
            # alice's key: published as alice, with a link
            one.get_by_label("发布密钥").fill(ALICE)
            one.get_by_role("button", name="发布", exact=True).click()
            one.get_by_text("已以 alice 的名义发布“浏览器报告”", exact=False).wait_for(timeout=30_000)
            link = one.locator('[data-testid="stCode"]').filter(has_text="docs=").inner_text().strip()
            share = one.locator('[data-testid="stCode"]').filter(has_text="q=").inner_text().strip()
            assert (reports / "浏览器报告.txt").read_text(encoding="utf-8") == text
            assert published(reports)["浏览器报告"].who == "alice"
            assert link == _proxy(values, "?page=search&docs=浏览器报告"), link
            assert share == _proxy(values, f"?page=search&q={BROWSER_TERM}"), share
            _whole_within(out, "浏览器报告", (COURTS, 0))  # its three courts (TERM is not in this copy)
            assert _hits(one, 3) == lines  # the session's own copy gave way to the library's: never 6
            one.screenshot(path=str(ROOT / "artifacts" / "team_published.png"), full_page=True)

            # a colleague, in another browser context (no cookie, no upload): the same view from the link
            two = browser.new_context(locale="zh-CN").new_page()
            two.goto(share)
            assert _hits(two, 3) == lines
            two.goto(link)
            two.get_by_text("“浏览器报告”由 alice 于", exact=False).wait_for(timeout=90_000)

            # a report uploaded and not published: its link says so to whoever opens it
            one.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                files=[
                    {
                        "name": "私有报告.txt",
                        "mimeType": "text/plain",
                        "buffer": REPORT.replace(TERM, PRIVATE_TERM).encode(),
                    }
                ]
            )
            one.get_by_text("已加入“私有报告”", exact=False).wait_for(timeout=90_000)
            two.goto(_proxy(values, f"?page=search&q={quote(PRIVATE_TERM)}&docs={quote('私有报告')}"))
            two.get_by_text("在另一个浏览器会话中上传的，没有发布。请发送者把它发布到团队库", exact=False).wait_for(
                timeout=90_000
            )
            two.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=90_000)
            two.screenshot(path=str(ROOT / "artifacts" / "team_private_link.png"), full_page=True)
            assert "私有报告" not in published(reports) and not (reports / "私有报告.txt").exists()
        finally:
            browser.close()
    # and the load through the proxy: sessions searching at once, every answer as a lone session's
    expected = asyncio.run(bench_proxy.reference(_stream(values)))
    result = asyncio.run(bench_proxy.load([_stream(values)], 10, 8, 0.2, expected, "team-load"))
    assert (result["errors"], result["wrong"]) == ([], []) and len(result["times"]) >= 10


@pytest.mark.slow
@pytest.mark.browser
def test_an_app_process_killed_mid_load_loses_no_view_and_nothing_published(team_deployment):
    """Sessions searching through the proxy (a browser and websocket sessions) when the process serving
    the browser is killed: they come back through nginx on the other process, and their link shows the
    same hits; every published report is still served."""
    import threading

    from playwright.sync_api import sync_playwright
    from test_deploy import _proxy, _stream, _upstreams, bench_proxy

    conf, values = team_deployment
    reports, first = Path(values["REPORTS"]), int(values["FIRST_PORT"])
    before = {r.id: r for r in published(reports).values()}
    assert "浏览器报告" in before  # published by the test before
    expected = asyncio.run(bench_proxy.reference(_stream(values)))
    link = _proxy(values, f"?page=search&q={quote(BROWSER_TERM)}")
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            context = browser.new_context(locale="zh-CN")
            page = context.new_page()
            page.goto(link)
            lines = _hits(page, 3)
            route = next(c["value"] for c in context.cookies() if c["name"] == "explorer_route")
            serving = _upstreams(values, route)[-1]
            alive = ({first, first + 1} - {serving}).pop()
            result: dict = {}
            load = threading.Thread(
                target=lambda: result.update(
                    asyncio.run(bench_proxy.load([_stream(values)], 10, 10, 0.2, expected, "team-kill"))
                )
            )
            load.start()
            time.sleep(3)  # the load under way on both processes
            os.killpg(bench_proxy.pid_of(conf, f"app-{serving}"), signal.SIGKILL)
            load.join(timeout=120)
            # the browser's own session reconnects, through nginx, to the other process ...
            deadline = time.monotonic() + 60
            while _upstreams(values, route)[-1] != alive:
                assert time.monotonic() < deadline, "the browser did not reconnect to the other process"
                time.sleep(0.5)
            assert _hits(page, 3) == lines
            # ... and its link, opened again, shows the same view there
            page.goto(link)
            assert _hits(page, 3) == lines
            assert _upstreams(values, route)[-1] == alive
        finally:
            browser.close()
    # the sessions of the killed process ended with it (an error each), the others searched on, no answer wrong
    assert result["wrong"] == [] and result["times"] and 0 < len(result["errors"]) < 10, result["errors"]
    print(f"app-{serving} killed mid-load: {len(result['errors'])} of 10 sessions ended with it, "
          f"{len(result['times'])} searches answered, none wrong")  # fmt: skip
    for n in range(10):  # every load session's link, opened again with its cookie, answers as before
        query = bench_proxy.QUERIES[n % len(bench_proxy.QUERIES)]
        answer = asyncio.run(_open_team_search(_stream(values), query, f"team-kill-{n}"))
        assert (answer.hits, answer.lines) == expected[query], query
    assert {r.id: r for r in published(reports).values()} == before
    answer = asyncio.run(_open_team_search(_stream(values), TERM, "after-the-kill"))
    assert answer.hits == 4 * 3  # the four reports published while builders were killed, three hits each
    status = bench_proxy.serve(conf, "status")
    assert [line.split()[0] for line in status.stdout.splitlines() if " stopped " in line] == [f"app-{serving}"]


async def _open_team_search(url: str, query: str, route: str):
    from test_deploy import bench_proxy

    async with bench_proxy.connect(url, route) as ws:
        return await bench_proxy.rerun(ws, f"page=search&q={quote(query)}")


@pytest.mark.parametrize(
    "doc", ["[会话已过期](https://evil.example/x)", "![](https://tracker.example/p.png)", "<img src=x>", "甲" * 5000]
)
def test_a_report_not_here_is_named_as_text_never_markup(library, doc):
    at = _app({"keys": KEYS}, docs=doc)
    notes = [w.value for w in at.warning if "不在这里" in w.value]
    assert len(notes) == 1 and len(notes[0]) < 200, notes
    named = notes[0].split("“", 1)[1].rsplit("”", 1)[0]
    assert re.search(r"(?<!\\)[\[\]()<>!]", named) is None, named  # every Markdown character escaped


@pytest.mark.slow
@pytest.mark.browser
def test_a_colleague_removes_a_published_report_with_a_key(team_deployment):
    from playwright.sync_api import sync_playwright
    from test_deploy import _proxy

    _, values = team_deployment
    reports, out = Path(values["REPORTS"]), Path(values["STORE"])
    assert "浏览器报告" in published(reports)  # published by the test above
    link = _proxy(values, "?page=search&docs=浏览器报告")
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = browser.new_context(locale="zh-CN").new_page()
            page.goto(link)
            page.get_by_text("从团队库移除“浏览器报告”").click()
            page.get_by_label("发布密钥").fill(BOB)
            page.get_by_role("button", name="移除", exact=True).click()
            page.get_by_text("已以 bob 的名义移除“浏览器报告”", exact=False).wait_for(timeout=30_000)
            assert not (reports / "浏览器报告.txt").exists() and removed(reports)["浏览器报告"].who == "bob"
            _whole_within(out, "浏览器报告", None)  # the builder drops it
            page.goto(link)
            page.get_by_text("报告“浏览器报告”已由 bob 于", exact=False).wait_for(timeout=90_000)
        finally:
            browser.close()
