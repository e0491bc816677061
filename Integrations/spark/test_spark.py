"""Local-mode tests of the Spark job (pytest).

Needs: pyspark, Java 17, and the bundle (Integrations/spark/make-bundle.sh) or a release
binary. SUANSHU_BUNDLE points at the bundle tarball (default dist/suanshu-bundle.tar.gz);
the reference runs use the binary inside it, so the job and the reference are the same build.
"""

import glob
import json
import os
import subprocess
import sys
import tarfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import suanshu_spark  # noqa: E402

BUNDLE = os.environ.get("SUANSHU_BUNDLE", os.path.join(ROOT, "dist", "suanshu-bundle.tar.gz"))
FIXTURES = sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.txt")))
COPIES = 2000 // len(FIXTURES) + 1          # every fixture this many times, distinct ids
BAD = [
    b"this line is not JSON",
    b'{"id": "no-text"}',
    b'{"id": 7, "text": "2024\xe5\xb9\xb4"}',  # a number as id
    b'{"id": "text-not-string", "text": 12}',
]


@pytest.fixture(scope="session")
def tool(tmp_path_factory):
    """The binary inside the bundle, unpacked for the reference runs."""
    assert os.path.exists(BUNDLE), f"no bundle at {BUNDLE}: run Integrations/spark/make-bundle.sh"
    folder = tmp_path_factory.mktemp("bundle")
    with tarfile.open(BUNDLE) as tar:
        tar.extractall(folder)
    return str(folder / "suanshu-bundle" / "suanshu")


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # the workers need this Python's pyarrow
    session = (SparkSession.builder.master("local[2,3]")       # 2 cores, a task may fail 3 times
               .appName("suanshu-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    session.sparkContext.addFile(BUNDLE)
    session.sparkContext.addPyFile(suanshu_spark.__file__)     # the job's functions, for the workers
    yield session
    session.stop()


def direct(tool, args, stdin=None):
    """`suanshu check` run directly: its JSON documents, one a line."""
    out = subprocess.run([tool, "check"] + args, input=stdin, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=False)
    assert out.returncode in (0, 1, 2), out.returncode
    return [json.loads(line) for line in out.stdout.splitlines()]


# ---------------------------------------------------------------------------------------------
# The tables back to the output contract, to compare with the tool's own output

def _f(x):
    return None if x is None else float(x)


def contract_claim(c):
    """A claim of the tool's output, numbers as floats, `measure` present or None."""
    return {**c, "value": _f(c["value"]), "interval": [_f(v) for v in c["interval"]],
            "measure": c.get("measure")}


def table_claim(r):
    return {
        "id": r.claim_id, "kind": r.kind, "value": r.value, "decimal": r.decimal, "unit": r.unit,
        "qualifier": r.qualifier, "interval": list(r.interval), "text": r.text,
        "span": {"start": r.span.start, "end": r.span.end}, "sentence": r.sentence,
        "subject": None if r.subject is None else r.subject.asDict(),
        "period": None if r.period is None else r.period.asDict(),
        "basis": r.basis, "measure": r.measure,
    }


def without_nulls(x):
    """An evidence source as the contract writes it: only the fields its source has."""
    return {k: without_nulls(v) if isinstance(v, dict) else v for k, v in x.items() if v is not None}


def contract_check(k):
    return {**k, "expected": None if k["expected"] is None else [_f(v) for v in k["expected"]],
            "stated": _f(k["stated"])}


def table_check(r):
    return {
        "id": r.check_id, "relation": r.relation, "verdict": r.verdict, "claims": list(r.claims),
        "expected": None if r.expected is None else list(r.expected), "stated": r.stated,
        "message": r.message,
        "link": {"strength": r.link_strength, "evidence": [without_nulls(e.asDict(recursive=True)) for e in r.link_evidence]},
    }


def run_job(spark, archive, fmt, output, partitions, wrapper=None, writer="executors"):
    suanshu_spark.check_archive(spark, os.path.basename(BUNDLE), str(archive), fmt, str(output),
                                partitions, wrapper, writer)
    docs = spark.read.parquet(str(output / "documents")).collect()
    claims, checks = {}, {}
    for r in spark.read.parquet(str(output / "claims")).orderBy("record", "position").collect():
        claims.setdefault(r.record, []).append(table_claim(r))
    for r in spark.read.parquet(str(output / "checks")).orderBy("record", "position").collect():
        checks.setdefault(r.record, []).append(table_check(r))
    return docs, claims, checks


def assert_same(doc_row, claims, checks, reference):
    """A document of the tables against the tool's own document for the same text."""
    assert doc_row.script == reference["script"]
    assert doc_row.encoding == reference.get("encoding")
    assert doc_row.sentences == len(reference["sentences"])
    assert claims.get(doc_row.record, []) == [contract_claim(c) for c in reference["claims"]]
    assert checks.get(doc_row.record, []) == [contract_check(k) for k in reference["checks"]]
    assert [d.code for d in doc_row.diagnostics] == [d["code"] for d in reference["diagnostics"]]


# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def archive(tmp_path_factory):
    """JSON Lines: every fixture COPIES times with distinct ids, bad records among them."""
    folder = tmp_path_factory.mktemp("archive")
    lines, texts = [], {}
    for n in range(COPIES):
        for path in FIXTURES:
            name = os.path.basename(path)
            text = open(path, encoding="utf-8", newline="").read()
            texts[name] = text
            lines.append(json.dumps({"id": f"{n:03d}/{name}", "text": text, "copy": n},
                                    ensure_ascii=False).encode("utf-8"))
            if n % 20 == 0 and path == FIXTURES[0]:
                lines.append(BAD[(n // 20) % len(BAD)])
    lines += BAD
    path = folder / "archive.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, lines, texts


def test_jsonl_archive_every_document_once_and_as_the_tool_says(spark, tool, archive, tmp_path):
    path, lines, texts = archive
    assert len(lines) >= 2000
    docs, claims, checks = run_job(spark, path, "jsonl", tmp_path / "out", partitions=4)

    # Every record exactly once, at its place.
    assert sorted(d.record for d in docs) == list(range(len(lines)))
    by_record = {d.record: d for d in docs}

    # The same archive through the tool directly (one process, --jobs 2).
    reference = direct(tool, ["--input", "jsonl", "--jobs", "2", str(path)])
    assert len(reference) == len(lines)
    failed = 0
    for i, line in enumerate(lines):
        row, ref = by_record[i], reference[i]
        if line in BAD:
            failed += 1
            assert row.failed, line
            assert [d.code for d in row.diagnostics] == ["input-error"]
            assert row.claims == 0 and claims.get(i) is None and checks.get(i) is None
            continue
        assert not row.failed
        assert row.id == json.loads(line)["id"] == ref["source"]
        assert_same(row, claims, checks, ref)
    assert failed == sum(1 for line in lines if line in BAD) >= len(BAD)

    # And each distinct text against `suanshu check FILE` (text input, not records).
    for path_ in FIXTURES:
        name = os.path.basename(path_)
        ref = direct(tool, ["--format", "jsonl", path_])[0]
        i = next(i for i, line in enumerate(lines) if line not in BAD and json.loads(line)["id"] == f"000/{name}")
        assert_same(by_record[i], claims, checks, ref)
    assert sum(len(v) for v in checks.values()) > 0 and sum(len(v) for v in claims.values()) > 1000


def test_parquet_archive(spark, tool, tmp_path):
    rows = [(f"p{i}", open(p, encoding="utf-8", newline="").read()) for i, p in enumerate(FIXTURES)]
    rows.append(("p-null-text", None))
    source = tmp_path / "archive.parquet"
    spark.createDataFrame(rows, "id string, text string").write.parquet(str(source))
    docs, claims, checks = run_job(spark, source, "parquet", tmp_path / "out", partitions=3)
    assert len(docs) == len(rows) and len({d.id for d in docs}) == len(rows)
    for d in docs:
        if d.id == "p-null-text":
            assert d.failed and [x.code for x in d.diagnostics] == ["input-error"]
            continue
        i = int(d.id[1:])
        assert_same(d, claims, checks, direct(tool, ["--format", "jsonl", FIXTURES[i]])[0])


def test_text_folder_any_encoding(spark, tool, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    chosen = FIXTURES[:6] + sorted(glob.glob(os.path.join(ROOT, "Fixtures", "encodings", "*.txt")))
    for p in chosen:
        (folder / os.path.basename(p)).write_bytes(open(p, "rb").read())
    docs, claims, checks = run_job(spark, folder, "text", tmp_path / "out", partitions=2)
    assert sorted(os.path.basename(d.id) for d in docs) == sorted(os.path.basename(p) for p in chosen)
    encodings = {}
    for d in docs:
        name = os.path.basename(d.id)
        ref = direct(tool, ["--format", "jsonl", str(folder / name)])[0]
        assert_same(d, claims, checks, ref)
        encodings[name] = d.encoding
    assert encodings["release-hans.gb18030.txt"] == "GB18030"
    assert claims.get(next(d.record for d in docs if d.id.endswith("release-hans.gb18030.txt")))


def test_failed_process_is_retried_and_nothing_lost(spark, tool, archive, tmp_path):
    path, lines, _ = archive
    marker = tmp_path / "failed-once"
    wrapper = tmp_path / "fail-once.sh"
    # The first process to start (of any partition) gives three documents and is killed;
    # every later one is the tool itself.
    wrapper.write_text(f"""#!/bin/bash
if mkdir '{marker}' 2>/dev/null; then
    "$@" | head -n 3
    exit 137
fi
exec "$@"
""")
    wrapper.chmod(0o755)
    sc = spark.sparkContext
    sc.setJobGroup("fail-once", "a partition fails once")
    try:
        docs, claims, checks = run_job(spark, path, "jsonl", tmp_path / "out", partitions=4,
                                       wrapper=str(wrapper))
    finally:
        sc.setJobGroup("other", "")
    assert marker.is_dir()
    tracker = sc.statusTracker()
    failed_tasks = 0
    for job in tracker.getJobIdsForGroup("fail-once"):
        info = tracker.getJobInfo(job)
        for stage in (info.stageIds if info else []):
            s = tracker.getStageInfo(stage)
            failed_tasks += s.numFailedTasks if s else 0
    assert failed_tasks >= 1, "no task failed: the wrapper did not make the process fail"
    assert sorted(d.record for d in docs) == list(range(len(lines)))
    reference = direct(tool, ["--input", "jsonl", "--jobs", "2", str(path)])
    for d in docs:
        if lines[d.record] in BAD:
            assert d.failed
        else:
            assert_same(d, claims, checks, reference[d.record])


def test_run_tool_raises_when_the_process_ends_early(tmp_path):
    """The raise Spark's retry relies on, without Spark: a process that answers two of
    three records and exits 0 still fails the task."""
    script = tmp_path / "two.sh"
    script.write_text("#!/bin/bash\necho '{}'\necho '{}'\nexit 0\n")
    script.chmod(0o755)
    out = suanshu_spark.run_tool([str(script)], iter([b"a\n", b"b\n", b"c\n"]), 3)
    with pytest.raises(suanshu_spark.ToolFailed):
        list(out)
    # A non-zero status of the tool's vocabulary (1: an inconsistent check) is not a failure.
    script.write_text("#!/bin/bash\ncat\nexit 1\n")
    assert list(suanshu_spark.run_tool([str(script)], iter([b"a\n", b"b\n"]), 2)) == [b"a\n", b"b\n"]


def test_both_writers_write_the_same_tables(spark, tmp_path):
    """The executors' pyarrow writer and Spark's own (`--writer spark`) give the same
    columns, types and rows."""
    path = tmp_path / "small.jsonl"
    path.write_bytes(b"".join(json.dumps({"id": os.path.basename(p), "text": open(p, encoding="utf-8").read()},
                                         ensure_ascii=False).encode("utf-8") + b"\n" for p in FIXTURES[:12])
                     + BAD[0] + b"\n")
    for writer in ("executors", "spark"):
        suanshu_spark.check_archive(spark, os.path.basename(BUNDLE), str(path), "jsonl",
                                    str(tmp_path / writer), 3, writer=writer)
    for table in suanshu_spark.TABLES:
        a = spark.read.parquet(str(tmp_path / "executors" / table))
        b = spark.read.parquet(str(tmp_path / "spark" / table))
        assert a.schema.simpleString() == b.schema.simpleString(), table
        order = ["record"] + (["position"] if table != "documents" else [])
        rows_a, rows_b = a.orderBy(*order).collect(), b.orderBy(*order).collect()
        assert len(rows_a) > 0 and rows_a == rows_b, table


# ---------------------------------------------------------------------------------------------
# `--format arrow`: the same documents as the JSON, as columns

def same_as_json(json_value, arrow_value, where="document"):
    """Every column of the Arrow row holds what the JSON says (a member the JSON leaves out
    is null in the row; members the schema does not hold are not compared)."""
    if isinstance(arrow_value, dict):
        assert isinstance(json_value, dict), where
        for key, value in arrow_value.items():
            if key not in json_value:
                assert value is None, f"{where}.{key}: {value!r} where the JSON has none"
            else:
                same_as_json(json_value[key], value, f"{where}.{key}")
    elif isinstance(arrow_value, list):
        assert isinstance(json_value, list) and len(json_value) == len(arrow_value), where
        for k, (j, a) in enumerate(zip(json_value, arrow_value)):
            same_as_json(j, a, f"{where}[{k}]")
    else:
        assert json_value == arrow_value, f"{where}: JSON {json_value!r}, Arrow {arrow_value!r}"


def test_arrow_stream_holds_what_the_json_says(tool, tmp_path):
    import pyarrow.ipc as ipc
    lines = []
    for copy in range(1200 // len(FIXTURES) + 1):       # more than one record batch (250 rows)
        for path in FIXTURES:
            with open(path, encoding="utf-8") as f:
                lines.append(json.dumps({"id": f"{copy}/{os.path.basename(path)}", "text": f.read()}, ensure_ascii=False).encode())
    lines[3:3] = BAD
    records = b"\n".join(lines) + b"\n"
    documents = direct(tool, ["--input", "jsonl", "--jobs", "2"], stdin=records)
    out = subprocess.run([tool, "check", "--input", "jsonl", "--jobs", "2", "--format", "arrow"], input=records,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    assert out.returncode in (0, 1, 2)
    reader = ipc.open_stream(out.stdout)
    batches = list(reader)
    assert len(batches) == -(-len(lines) // 250) and sum(b.num_rows for b in batches) == len(documents) == len(lines)
    rows = [row for b in batches for row in b.to_pylist()]
    for k, (document, row) in enumerate(zip(documents, rows)):
        same_as_json(document, row, f"record {k}")
    # A folder of files (a batch) gives the same stream as its JSON Lines too.
    folder = tmp_path / "files"
    folder.mkdir()
    for path in FIXTURES[:5]:
        with open(path, "rb") as src, open(folder / os.path.basename(path), "wb") as dst:
            dst.write(src.read())
    documents = direct(tool, ["--jobs", "2", str(folder)])
    out = subprocess.run([tool, "check", "--jobs", "2", "--format", "arrow", str(folder)],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    rows = ipc.open_stream(out.stdout).read_all().to_pylist()
    assert len(rows) == len(documents) == 5
    for document, row in zip(documents, rows):
        same_as_json(document, row)
