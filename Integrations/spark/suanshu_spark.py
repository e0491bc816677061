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

The tool's output is one document per record, in input order; the job pairs the n-th
document with the n-th record. For records (`jsonl`, `parquet`) the tool writes them as an
Arrow IPC stream (`--format arrow`: the columns as the tool fills them, no JSON parsed on the
executor); for a text folder it writes JSON Lines, parsed by Arrow's JSON reader (C++, into
columns). Either way the documents are cut into the three tables by Arrow and written by
pyarrow's Parquet writer as the task's part files (moved into the tables only when the whole
partition is done): no per-claim Python objects and no rows through the JVM. `--writer spark` instead hands the parsed
documents to Spark as Arrow batches (`mapInArrow`) for Spark's own Parquet writer. The
executors' Python needs `pyarrow` and `pandas` (Spark's Arrow support checks for both). A
process that ends (for any reason, whatever its exit status) before every record of its
partition has its document raises, so Spark retries the task. Exit statuses 0 (consistent),
1 (an inconsistent check) and 2 (a bad record, which has its error document) are the tool's
normal batch outcomes and are not failures when every record was answered.

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
        # Every source's fields (fields, frame, partition): a source has only its own, the rest null.
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


def output_lines(stdout):
    """The tool's JSON Lines output: a document a line."""
    for line in stdout:
        yield line, 1


def output_batches(stdout):
    """The tool's Arrow stream (`--format arrow`): its record batches, a document a row. A
    stream cut short (the process died) ends them; the count of documents tells."""
    import pyarrow as pa
    import pyarrow.ipc as ipc
    try:
        for batch in ipc.open_stream(stdout):
            yield batch, batch.num_rows
    except pa.ArrowInvalid:
        return


def run_tool(command, lines, expected, stdin_bytes=True, read=output_lines):
    """Runs one process; `lines` (bytes, each ending in a newline) go to its standard input
    from a thread while its output is read by `read` (pieces and the documents each holds)
    and the pieces yielded here. Raises ToolFailed when the process ends before `expected`
    documents have come out."""
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
            for out, documents in read(proc.stdout):
                got += documents
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
    document, nested = nested_arrow_schema()
    pending = []

    def batch(start, lines):
        # A block holds whole lines: at least the longest document.
        options = pj.ReadOptions(block_size=max(1 << 20, max(len(x) for x in lines) + 1), use_threads=False)
        table = pj.read_json(io.BytesIO(b"".join(lines)), read_options=options,
                             parse_options=pj.ParseOptions(explicit_schema=document,
                                                           unexpected_field_behavior="ignore"))
        if table.num_rows != len(lines):
            raise ToolFailed(f"{len(lines)} documents read as {table.num_rows}")
        # One batch per block the reader parsed: its columns become the struct as they are,
        # without copying them into one chunk.
        for part in table.to_batches():
            d = pa.StructArray.from_arrays(part.columns, fields=list(document))
            these = rows[start:start + part.num_rows]
            paths = [path_of(i, r) for i, r in enumerate(these, start)] if path_of else [None] * part.num_rows
            yield pa.RecordBatch.from_arrays([pa.array([r[0] for r in these], pa.int64()), d,
                                              pa.array(paths, pa.string())], schema=nested)
            start += part.num_rows

    done = 0
    for out in outputs:    # run to its end: the end checks the process
        if done + len(pending) >= len(rows):
            raise ToolFailed(f"more documents than the {len(rows)} records")
        pending.append(out if out.endswith(b"\n") else out + b"\n")
        if len(pending) == chunk:
            yield from batch(done, pending)
            done += len(pending)
            pending = []
    if pending:
        yield from batch(done, pending)


def stream_batches(command, lines, rows):
    """One `--format arrow` process over `rows`: its record batches (columns as the tool
    filled them, no parsing) as NESTED batches, a row each of `rows`."""
    import pyarrow as pa
    document, nested = nested_arrow_schema()
    done = 0
    for batch in run_tool(command, lines, len(rows), read=output_batches):
        these = rows[done:done + batch.num_rows]
        if len(these) != batch.num_rows:
            raise ToolFailed(f"more documents than the {len(rows)} records")
        done += batch.num_rows
        d = pa.StructArray.from_arrays(batch.columns, fields=list(document))
        yield pa.RecordBatch.from_arrays([pa.array([r[0] for r in these], pa.int64()), d,
                                          pa.nulls(batch.num_rows, pa.string())], schema=nested)


def check_records(bundle_name, wrapper=None):
    """Over a partition's (record, line) rows: one `--input jsonl --format arrow` process for
    them all."""
    def run(rows):
        if not rows:
            return
        command = tool_command(bundle_name, ["check", "--input", "jsonl", "--jobs", "1", "--format", "arrow"], wrapper)
        yield from stream_batches(command, (line + b"\n" for _, line in rows), rows)
    return run


def check_files(bundle_name, wrapper=None):
    """Over a partition's (record, path, content) rows: the files written to a temporary
    folder and checked by one `check --format jsonl FOLDER` process."""
    def run(rows):
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
# The tables, made on the executors (the default writer)

TABLES = ("documents", "claims", "checks")


def output_filesystem(output):
    """pyarrow's filesystem for OUT and the path in it: a local folder, file://, s3:// (s3a://
    is read as s3://), hdfs:// (needs libhdfs on the executors), gs://, abfs://."""
    import pyarrow.fs as pafs
    if "://" not in output:
        return pafs.LocalFileSystem(), os.path.abspath(output)
    if output.startswith("s3a://"):
        output = "s3://" + output[len("s3a://"):]
    return pafs.FileSystem.from_uri(output)


def flat_tables(batch):
    """A NESTED batch as the three tables' batches (documents, claims, checks), columns as
    Integrations/spark/README.md lists them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    n = batch.num_rows
    d = dict(zip([f.name for f in batch.schema.field("d").type], batch.column("d").flatten()))
    record = batch.column("record")
    ident = pc.coalesce(batch.column("path"), d["source"])   # the record's id, or the file's path

    def exploded(lists):
        """The items of every document's list, each with its document's row and its place."""
        lengths = pc.fill_null(pc.list_value_length(lists), 0).to_numpy(zero_copy_only=False)
        items = pc.list_flatten(lists)
        parents = np.repeat(np.arange(n), lengths)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        return items, parents, pa.array(np.arange(len(parents)) - starts, pa.int32())

    def size(lists):   # Spark's size(): -1 for a null list
        return pc.fill_null(pc.cast(pc.list_value_length(lists), pa.int32()), -1)

    def per_document(parents, mask):
        return np.bincount(parents[mask], minlength=n).astype(np.int32)

    diagnostics, diag_parents, _ = exploded(d["diagnostics"])
    severities = diagnostics.field("severity").to_numpy(zero_copy_only=False)
    checks, check_parents, check_positions = exploded(d["checks"])
    k = dict(zip([f.name for f in checks.type], checks.flatten()))
    verdicts = k["verdict"].to_numpy(zero_copy_only=False)
    documents = pa.RecordBatch.from_arrays(
        [record, ident, d["schema"], d["script"], d["encoding"],
         pa.array(per_document(diag_parents, severities == "error") > 0),
         size(d["sentences"]), size(d["claims"]), size(d["checks"]),
         *[pa.array(per_document(check_parents, verdicts == v)) for v in ("consistent", "inconsistent", "unverifiable")],
         d["diagnostics"]],
        names=["record", "id", "schema", "script", "encoding", "failed", "sentences", "claims", "checks",
               "consistent", "inconsistent", "unverifiable", "diagnostics"])

    claims, claim_parents, claim_positions = exploded(d["claims"])
    c = dict(zip([f.name for f in claims.type], claims.flatten()))
    claim_table = pa.RecordBatch.from_arrays(
        [record.take(claim_parents), ident.take(claim_parents), claim_positions, c["id"],
         *[c[f.name] for f in CLAIM.fields if f.name != "id"]],
        names=["record", "document", "position", "claim_id"] + [f.name for f in CLAIM.fields if f.name != "id"])

    link = dict(zip([f.name for f in k["link"].type], k["link"].flatten()))
    check_table = pa.RecordBatch.from_arrays(
        [record.take(check_parents), ident.take(check_parents), check_positions, k["id"], k["relation"],
         k["verdict"], k["claims"], k["expected"], k["stated"], k["message"], link["strength"],
         link["evidence"]],
        names=["record", "document", "position", "check_id", "relation", "verdict", "claims", "expected",
               "stated", "message", "link_strength", "link_evidence"])
    return documents, claim_table, check_table


def write_partition(output, nested_batches, index, row_group=2000):
    """Writes one partition's three part files and returns its counts. Each file is written
    under OUT/_temporary (named by the task's attempt) and moved to OUT/TABLE/part-INDEX.parquet
    only when the whole partition has been checked: a failed attempt leaves nothing in the
    tables, and a retried one replaces the same part files, so nothing is lost or doubled."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark import TaskContext
    context = TaskContext.get()
    attempt = context.attemptNumber() if context else 0
    fs, root = output_filesystem(output)
    part = f"part-{index:05d}.parquet"
    temporary = {t: f"{root}/_temporary/{t}/part-{index:05d}-attempt-{attempt}.parquet" for t in TABLES}
    for t in TABLES:
        fs.create_dir(f"{root}/_temporary/{t}", recursive=True)
    writers = {}
    counts = [0, 0, 0]
    pending = [[], [], []]

    def write(rows_at_least):
        # A row group for every `row_group` documents or so, not one per small batch.
        if sum(b.num_rows for b in pending[0]) < rows_at_least:
            return
        for i, t in enumerate(TABLES):
            table = pa.Table.from_batches(pending[i])
            if t not in writers:
                writers[t] = pq.ParquetWriter(temporary[t], table.schema, filesystem=fs)
            writers[t].write_table(table)
            counts[i] += table.num_rows
            pending[i] = []
    try:
        for batch in nested_batches:
            for i, flat in enumerate(flat_tables(batch)):
                pending[i].append(flat)
            write(row_group)
        if not writers and not pending[0]:     # an empty partition still gets its (empty) part files
            pending = [[flat] for flat in flat_tables(empty_nested_batch())]
        write(0)
    finally:
        for w in writers.values():
            w.close()
    for t in TABLES:
        fs.create_dir(f"{root}/{t}", recursive=True)
        fs.move(temporary[t], f"{root}/{t}/{part}")
    return index, *counts


def nested_arrow_schema():
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_type
    document = pa.schema([pa.field(f.name, to_arrow_type(f.dataType)) for f in DOCUMENT.fields])
    return document, pa.schema([pa.field("record", pa.int64()), pa.field("d", pa.struct(list(document))),
                                pa.field("path", pa.string())])


def empty_nested_batch():
    import pyarrow as pa
    return pa.RecordBatch.from_pylist([], schema=nested_arrow_schema()[1])


def record_rdd(spark, source, fmt, partitions=None):
    """The archive's records with their place in it: (record, line) for `jsonl` and `parquet`
    (a line is a JSON record for `suanshu check --input jsonl`), (record, path, content) for
    `text`."""
    if fmt == "jsonl":
        # By default twice as many partitions as cores, so that no core waits long for the
        # last partition; a large archive has more (one per block read).
        lines = spark.sparkContext.textFile(source, minPartitions=partitions or 2 * spark.sparkContext.defaultParallelism)
        if partitions and lines.getNumPartitions() > partitions:
            lines = lines.coalesce(partitions)     # adjacent blocks together: the order stays
        lines = lines.map(lambda s: s.encode("utf-8")) \
            .filter(lambda b: b.strip(b" \t\r") != b"")   # the tool skips blank lines too
        return lines.zipWithIndex().map(lambda p: (p[1], p[0]))
    if fmt == "parquet":
        df = spark.read.parquet(source)
        if partitions:
            df = df.repartition(partitions)

        def record(row):
            obj = {}
            if "id" in row and row["id"] is not None:
                obj["id"] = row["id"]
            obj["text"] = row["text"]
            return json.dumps(obj, ensure_ascii=False).encode("utf-8")
        return df.select("id", "text").rdd.map(lambda r: record(r.asDict())).zipWithIndex() \
            .map(lambda p: (p[1], p[0]))
    if fmt == "text":
        df = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(source)
        if partitions:
            df = df.repartition(partitions)
        return df.select("path", "content").rdd.map(lambda r: (r["path"], bytes(r["content"]))) \
            .zipWithIndex().map(lambda p: (p[1], p[0][0], p[0][1]))
    raise ValueError(f"unknown format {fmt}")


def checked_batches(bundle_name, fmt, rows, wrapper=None):
    """One partition's rows through one `suanshu` process: its documents as NESTED batches."""
    if fmt == "text":
        yield from check_files(bundle_name, wrapper)(rows)
    else:
        yield from check_records(bundle_name, wrapper)(rows)


def check_archive(spark, bundle_name, source, fmt, output, partitions=None, wrapper=None, writer="executors"):
    """Checks the archive and writes the three tables under OUT; returns the numbers of
    documents, claims and checks written. `writer="executors"`: each task writes its
    partition's part files with pyarrow (no rows through the JVM); `writer="spark"`: Spark's
    own Parquet writer, for a filesystem pyarrow cannot reach."""
    if writer == "spark":
        nested = results(spark, bundle_name, source, fmt, partitions, wrapper)
        return write_tables(nested, output)
    fs, root = output_filesystem(output)
    for t in TABLES + ("_temporary",):     # as Spark's mode("overwrite")
        fs.delete_dir_contents(f"{root}/{t}", missing_dir_ok=True)
    absolute = output if "://" in output else os.path.abspath(output)
    rdd = record_rdd(spark, source, fmt, partitions)
    counts = rdd.mapPartitionsWithIndex(
        lambda index, rows: [write_partition(absolute, checked_batches(bundle_name, fmt, list(rows), wrapper), index)]
    ).collect()
    fs.delete_dir(f"{root}/_temporary")
    for t in TABLES:
        fs.create_dir(f"{root}/{t}", recursive=True)
        with fs.open_output_stream(f"{root}/{t}/_SUCCESS"):
            pass
    return tuple(sum(c[i] for c in counts) for i in (1, 2, 3))


# ---------------------------------------------------------------------------------------------
# The tables, written by Spark (`--writer spark`)

def results(spark, bundle_name, source, fmt, partitions=None, wrapper=None):
    """Every record of the archive: (record, d: its document as DOCUMENT, path)."""
    rdd = record_rdd(spark, source, fmt, partitions)
    if fmt == "text":
        files = spark.createDataFrame(rdd, "record long, path string, content binary", verifySchema=False)
        nested = files.mapInArrow(lambda batches: check_files(bundle_name, wrapper)(rows_of(batches, ("record", "path", "content"))), NESTED)
    else:
        records = spark.createDataFrame(rdd, "record long, line binary", verifySchema=False)
        nested = records.mapInArrow(lambda batches: check_records(bundle_name, wrapper)(rows_of(batches, ("record", "line"))), NESTED)
    return nested


def rows_of(batches, columns):
    rows = []
    for b in batches:
        rows += zip(*[b.column(c).to_pylist() for c in columns])
    return rows


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
    written = (documents.count(), claims.count(), checks.count())
    nested.unpersist()
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", required=True,
                        help="dist/suanshu-bundle.tar.gz (or the bundle folder, or an hdfs:// / s3a:// URL)")
    parser.add_argument("--input", required=True, help="the archive: a file or folder")
    parser.add_argument("--format", choices=["jsonl", "parquet", "text"], default="jsonl")
    parser.add_argument("--output", required=True, help="folder for documents/, claims/, checks/")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions (processes)")
    parser.add_argument("--writer", choices=["executors", "spark"], default="executors",
                        help="who writes the Parquet files: each task with pyarrow (default), or "
                             "Spark's writer (for an output filesystem pyarrow cannot reach)")
    parser.add_argument("--tool-wrapper", default=None,
                        help="for tests: a program on the executors run as WRAPPER SUANSHU ARGS...")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("suanshu").getOrCreate()
    bundle = args.bundle.rstrip("/")
    spark.sparkContext.addFile(bundle, recursive=os.path.isdir(bundle))
    spark.sparkContext.addPyFile(__file__)     # this module's functions, for the executors
    documents, claims, checks = check_archive(spark, os.path.basename(bundle), args.input, args.format,
                                              args.output, args.partitions, args.tool_wrapper, args.writer)
    print(f"suanshu: {documents} documents, {claims} claims, {checks} checks written to {args.output}",
          file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    sys.exit(main())
