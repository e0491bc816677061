"""Suanshu on Apache Spark: check an archive of releases and write three Parquet tables.

    spark-submit Integrations/spark/suanshu_spark.py \
        --bundle dist/suanshu-bundle.tar.gz --input ARCHIVE --format jsonl|parquet|text \
        --output OUT

Each partition's records go through ONE `suanshu` process on the executor:

* `jsonl`:   the archive's lines are sent to `suanshu check --input jsonl` exactly as they are
             (no parsing in Python), so a line that is not a record gets the tool's own error
             document, naming its line.
* `parquet`: each row's `id` and `text` columns are written as a record `{"id", "text"}`
             and sent the same way (a null `text` or a non-string `id` becomes an error
             document, as the tool decides).
* `text`:    a folder of text files in any encoding, read as raw bytes (Spark's `binaryFile`
             source). The CLI's jsonl records carry decoded text only, so bytes cannot go
             through them honestly; instead each partition's files are written, unchanged,
             to a temporary folder on the executor and that folder is given to ONE
             `suanshu check --format jsonl --jobs 1 FOLDER`, so the tool's own encoding
             detection (UTF-8, GB18030, Big5, UTF-16) applies to the bytes.

The tool's output is one JSON document per record, in input order; the job pairs the n-th
document with the n-th record. The documents are parsed on the executor by Arrow's JSON reader
(C++, into columns) and handed to Spark as Arrow batches (`mapInArrow`): no per-row Python
objects and no JSON parsing in the JVM. The executors' Python needs `pyarrow` and `pandas`
(Spark's Arrow support checks for both). A process that ends (for any reason, whatever its exit status)
before every record of its partition has its document raises, so Spark retries the task.
Exit statuses 0 (consistent), 1 (an inconsistent check) and 2 (a bad record, which has its
error document) are the tool's normal batch outcomes and are not failures when every record
was answered.

Tables written under OUT (schema in Integrations/spark/README.md):
    OUT/documents  one row per record
    OUT/claims     one row per claim
    OUT/checks     one row per check
"""

import argparse
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# ---------------------------------------------------------------------------------------------
# Schema: the output contract as the executors read it (Arrow's JSON reader) and Spark holds it

SPAN = T.StructType([T.StructField("start", T.LongType()), T.StructField("end", T.LongType())])

DIAGNOSTIC = T.StructType([
    T.StructField("severity", T.StringType()),
    T.StructField("code", T.StringType()),
    T.StructField("message", T.StringType()),
    T.StructField("span", SPAN),
])

CLAIM = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("kind", T.StringType()),
    T.StructField("value", T.DoubleType()),
    T.StructField("decimal", T.StringType()),
    T.StructField("unit", T.StringType()),
    T.StructField("qualifier", T.StringType()),
    T.StructField("interval", T.ArrayType(T.DoubleType())),   # [low, high], null = unbounded
    T.StructField("text", T.StringType()),
    T.StructField("span", SPAN),
    T.StructField("sentence", T.LongType()),
    T.StructField("subject", T.StructType([
        T.StructField("metric", T.StringType()),
        T.StructField("entity", T.StringType()),
        T.StructField("partner", T.StringType()),
        T.StructField("text", T.StringType()),
    ])),
    T.StructField("period", T.StructType([
        T.StructField("text", T.StringType()),
        T.StructField("from", T.StringType()),
        T.StructField("to", T.StringType()),
    ])),
    T.StructField("basis", T.StringType()),
    T.StructField("measure", T.StringType()),
])

CHECK = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("relation", T.StringType()),
    T.StructField("verdict", T.StringType()),
    T.StructField("claims", T.ArrayType(T.StringType())),
    T.StructField("expected", T.ArrayType(T.DoubleType())),
    T.StructField("stated", T.DoubleType()),
    T.StructField("message", T.StringType()),
    T.StructField("link", T.StructType([
        T.StructField("strength", T.StringType()),
        # Every source's fields (fields, frame, partition); written to the table as JSON text.
        T.StructField("evidence", T.ArrayType(T.StructType([
            T.StructField("source", T.StringType()),
            T.StructField("equal", T.ArrayType(T.StringType())),
            T.StructField("stated", T.ArrayType(T.StringType())),
            T.StructField("carried", T.ArrayType(T.StringType())),
            T.StructField("name", T.StringType()),
            T.StructField("words", T.StringType()),
            T.StructField("span", SPAN),
            T.StructField("file", T.StringType()),
            T.StructField("line", T.LongType()),
        ]))),
    ])),
])

DOCUMENT = T.StructType([
    T.StructField("schema", T.StringType()),
    T.StructField("source", T.StringType()),
    T.StructField("script", T.StringType()),
    T.StructField("encoding", T.StringType()),
    T.StructField("sentences", T.ArrayType(T.StructType([T.StructField("id", T.LongType())]))),
    T.StructField("claims", T.ArrayType(CLAIM)),
    T.StructField("checks", T.ArrayType(CHECK)),
    T.StructField("diagnostics", T.ArrayType(DIAGNOSTIC)),
])

# What the executors give back, as Arrow batches: each record's document, parsed.
NESTED = T.StructType([
    T.StructField("record", T.LongType()),       # position of the record in the archive
    T.StructField("d", DOCUMENT),                # the tool's document
    T.StructField("path", T.StringType()),       # the file, for a text folder (else null)
])

# ---------------------------------------------------------------------------------------------
# The tool on an executor

def bundle_binary(bundle_name):
    """The `suanshu` binary of the bundle shipped with addFile, unpacked once per executor."""
    shipped = SparkFiles.get(bundle_name)
    if os.path.isdir(shipped):
        return os.path.join(shipped, "suanshu")
    target = os.path.join(SparkFiles.getRootDirectory(), "suanshu-unpacked")
    binary = os.path.join(target, "suanshu-bundle", "suanshu")
    with open(target + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(binary):
            partial = target + ".partial"
            shutil.rmtree(partial, ignore_errors=True)
            with tarfile.open(shipped) as tar:
                tar.extractall(partial)
            os.replace(partial, target)
    return binary


def tool_command(bundle_name, args, wrapper=None):
    command = [bundle_binary(bundle_name)] + args
    # For tests: a program run in front of the tool (one that makes it fail once, or measures it).
    return [wrapper] + command if wrapper else command


class ToolFailed(RuntimeError):
    pass


def run_tool(command, lines, expected, stdin_bytes=True):
    """Runs one process; `lines` (bytes, each ending in a newline) go to its standard input
    from a thread while its output lines are read and yielded here. Raises ToolFailed when
    the process ends before `expected` documents have come out."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE if stdin_bytes else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=err, bufsize=1 << 16)
        writer = None
        if stdin_bytes:
            def feed():
                try:
                    for line in lines:
                        proc.stdin.write(line)
                except (BrokenPipeError, OSError):
                    pass    # the process died; the count below tells
                finally:
                    try:
                        proc.stdin.close()
                    except (BrokenPipeError, OSError):
                        pass
            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
        got = 0
        try:
            for out in proc.stdout:
                got += 1
                yield out
        finally:
            if got < expected:
                proc.kill()
            status = proc.wait()
            if writer is not None:
                writer.join()
        if got != expected or status not in (0, 1, 2):
            err.seek(0)
            tail = err.read()[-2000:].decode("utf-8", "replace")
            raise ToolFailed(f"suanshu ({' '.join(command[-4:])}) exited with status {status} after "
                             f"{got} of {expected} documents; stderr: {tail}")


def arrow_batches(outputs, rows, path_of=None, chunk=2000):
    """The tool's output lines for `rows` (whose first field is the record index), parsed by
    Arrow's JSON reader into NESTED batches of `chunk` documents. Raises ToolFailed when the
    number of documents is not the number of rows (the process's end is checked by
    `outputs`, which must be run to its end)."""
    import io
    import pyarrow as pa
    import pyarrow.json as pj
    from pyspark.sql.pandas.types import to_arrow_type
    document = pa.schema([pa.field(f.name, to_arrow_type(f.dataType)) for f in DOCUMENT.fields])
    nested = pa.schema([pa.field("record", pa.int64()), pa.field("d", pa.struct(list(document))),
                        pa.field("path", pa.string())])
    pending = []

    def batch(start, lines):
        # A block holds whole lines: at least the longest document.
        options = pj.ReadOptions(block_size=max(1 << 20, max(len(x) for x in lines) + 1))
        table = pj.read_json(io.BytesIO(b"".join(lines)), read_options=options,
                             parse_options=pj.ParseOptions(explicit_schema=document,
                                                           unexpected_field_behavior="ignore"))
        if table.num_rows != len(lines):
            raise ToolFailed(f"{len(lines)} documents read as {table.num_rows}")
        d = pa.StructArray.from_arrays([table.column(n).combine_chunks() for n in document.names],
                                       fields=list(document))
        these = rows[start:start + len(lines)]
        paths = [path_of(i, r) for i, r in enumerate(these, start)] if path_of else [None] * len(lines)
        return pa.RecordBatch.from_arrays([pa.array([r[0] for r in these], pa.int64()), d,
                                           pa.array(paths, pa.string())], schema=nested)

    done = 0
    for out in outputs:    # run to its end: the end checks the process
        if done + len(pending) >= len(rows):
            raise ToolFailed(f"more documents than the {len(rows)} records")
        pending.append(out if out.endswith(b"\n") else out + b"\n")
        if len(pending) == chunk:
            yield batch(done, pending)
            done += len(pending)
            pending = []
    if pending:
        yield batch(done, pending)


def check_records(bundle_name, wrapper=None):
    """mapInArrow over (record, line): one `--input jsonl` process for the partition."""
    def run(batches):
        rows = []
        for b in batches:
            rows += zip(b.column("record").to_pylist(), b.column("line").to_pylist())
        if not rows:
            return
        command = tool_command(bundle_name, ["check", "--input", "jsonl", "--jobs", "1"], wrapper)
        yield from arrow_batches(run_tool(command, (line + b"\n" for _, line in rows), len(rows)), rows)
    return run


def check_files(bundle_name, wrapper=None):
    """mapInArrow over (record, path, content): the files written to a temporary folder and
    checked by one `check --format jsonl FOLDER` process."""
    def run(batches):
        rows = []
        for b in batches:
            rows += zip(b.column("record").to_pylist(), b.column("path").to_pylist(),
                        b.column("content").to_pylist())
        if not rows:
            return
        folder = tempfile.mkdtemp(prefix="suanshu-spark-")
        try:
            for i, (_, _, content) in enumerate(rows):
                with open(os.path.join(folder, f"{i:09d}.txt"), "wb") as f:
                    f.write(content)
            command = tool_command(bundle_name, ["check", "--format", "jsonl", "--jobs", "1", folder], wrapper)

            def checked(outputs):
                # Each document must be for the file of its place.
                for i, out in enumerate(outputs):
                    written = os.path.join(folder, f"{i:09d}.txt")
                    if i < len(rows) and json.loads(out).get("source") != written:
                        raise ToolFailed(f"document {i} is not for {written}")
                    yield out
            outputs = checked(run_tool(command, None, len(rows), stdin_bytes=False))
            yield from arrow_batches(outputs, rows, path_of=lambda i, r: r[1])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return run


# ---------------------------------------------------------------------------------------------
# The job

def results(spark, bundle_name, source, fmt, partitions=None, wrapper=None):
    """Every record of the archive: (record, d: its document as DOCUMENT, path)."""
    if fmt == "jsonl":
        lines = spark.sparkContext.textFile(source, minPartitions=partitions or 2) \
            .map(lambda s: s.encode("utf-8")) \
            .filter(lambda b: b.strip(b" \t\r") != b"")   # the tool skips blank lines too
        records = spark.createDataFrame(lines.zipWithIndex().map(lambda p: (p[1], p[0])),
                                        "record long, line binary", verifySchema=False)
        nested = records.mapInArrow(check_records(bundle_name, wrapper), NESTED)
    elif fmt == "parquet":
        df = spark.read.parquet(source)
        if partitions:
            df = df.repartition(partitions)

        def record(row):
            obj = {}
            if "id" in row and row["id"] is not None:
                obj["id"] = row["id"]
            obj["text"] = row["text"]
            return json.dumps(obj, ensure_ascii=False).encode("utf-8")
        rdd = df.select("id", "text").rdd.map(lambda r: record(r.asDict())).zipWithIndex() \
            .map(lambda p: (p[1], p[0]))
        records = spark.createDataFrame(rdd, "record long, line binary", verifySchema=False)
        nested = records.mapInArrow(check_records(bundle_name, wrapper), NESTED)
    elif fmt == "text":
        df = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(source)
        if partitions:
            df = df.repartition(partitions)
        rdd = df.select("path", "content").rdd.map(lambda r: (r["path"], bytes(r["content"]))) \
            .zipWithIndex().map(lambda p: (p[1], p[0][0], p[0][1]))
        files = spark.createDataFrame(rdd, "record long, path string, content binary", verifySchema=False)
        nested = files.mapInArrow(check_files(bundle_name, wrapper), NESTED)
    else:
        raise ValueError(f"unknown format {fmt}")
    # The link's evidence as the JSON text of the contract (a column of one type for every source).
    return nested.withColumn("d", F.col("d").withField("checks", F.transform("d.checks", lambda k: k.withField(
        "link", F.struct(k["link"]["strength"].alias("strength"),
                         F.to_json(k["link"]["evidence"]).alias("evidence"))))))


def write_tables(nested, output):
    nested = nested.persist(StorageLevel.MEMORY_AND_DISK)
    document = F.coalesce(F.col("path"), F.col("d.source"))   # the record's id, or the file's path

    def verdicts(v):
        return F.size(F.filter("d.checks", lambda k: k["verdict"] == v))
    documents = nested.select(
        "record", document.alias("id"), "d.schema", "d.script", "d.encoding",
        F.exists("d.diagnostics", lambda x: x["severity"] == "error").alias("failed"),
        F.size("d.sentences").alias("sentences"), F.size("d.claims").alias("claims"),
        F.size("d.checks").alias("checks"), verdicts("consistent").alias("consistent"),
        verdicts("inconsistent").alias("inconsistent"), verdicts("unverifiable").alias("unverifiable"),
        "d.diagnostics")
    claims = nested.select("record", document.alias("document"),
                           F.posexplode("d.claims").alias("position", "c")) \
        .select("record", "document", "position", F.col("c.id").alias("claim_id"),
                *[f"c.{f.name}" for f in CLAIM.fields if f.name != "id"])
    checks = nested.select("record", document.alias("document"),
                           F.posexplode("d.checks").alias("position", "k")) \
        .select("record", "document", "position", F.col("k.id").alias("check_id"),
                "k.relation", "k.verdict", "k.claims", "k.expected", "k.stated", "k.message",
                F.col("k.link.strength").alias("link_strength"),
                F.col("k.link.evidence").alias("link_evidence"))
    documents.write.mode("overwrite").parquet(os.path.join(output, "documents"))
    claims.write.mode("overwrite").parquet(os.path.join(output, "claims"))
    checks.write.mode("overwrite").parquet(os.path.join(output, "checks"))
    nested.unpersist()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", required=True,
                        help="dist/suanshu-bundle.tar.gz (or the bundle folder, or an hdfs:// / s3a:// URL)")
    parser.add_argument("--input", required=True, help="the archive: a file or folder")
    parser.add_argument("--format", choices=["jsonl", "parquet", "text"], default="jsonl")
    parser.add_argument("--output", required=True, help="folder for documents/, claims/, checks/")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions (processes)")
    parser.add_argument("--tool-wrapper", default=None,
                        help="for tests: a program on the executors run as WRAPPER SUANSHU ARGS...")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("suanshu").getOrCreate()
    bundle = args.bundle.rstrip("/")
    spark.sparkContext.addFile(bundle, recursive=os.path.isdir(bundle))
    nested = results(spark, os.path.basename(bundle), args.input, args.format, args.partitions,
                     args.tool_wrapper)
    write_tables(nested, args.output)
    spark.stop()


if __name__ == "__main__":
    sys.exit(main())
