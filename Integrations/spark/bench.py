"""Throughput of the Spark job in local[2] against `suanshu check --jobs 2 --input jsonl` on
the same archive, in the same run, and the peak RSS of each tool process the executors start.

    .build-venv/bin/python Integrations/spark/bench.py [--copies 60] [--bundle dist/suanshu-bundle.tar.gz]

The archive is every Fixtures/*.txt, --copies times, with distinct ids. The direct run is timed
twice (before and after the Spark jobs) and the faster kept. The Spark figure is the second of
two identical jobs, from reading the archive to the three Parquet tables written (the first
job and the session's start-up are printed apart).
"""

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import suanshu_spark  # noqa: E402

# Run in front of the tool on the executors: the tool's peak RSS, one file per process.
RSS_WRAPPER = """#!{python}
import os, resource, subprocess, sys
status = subprocess.call(sys.argv[1:])
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(os.path.join({folder!r}, "rss-%d" % os.getpid()), "w") as f:
    f.write(str(rss))
sys.exit(status)
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=60)
    parser.add_argument("--bundle", default=os.path.join(ROOT, "dist", "suanshu-bundle.tar.gz"))
    parser.add_argument("--partitions", type=int, default=None,
                        help="default: the job's own (twice the cores, or one per block of the archive)")
    parser.add_argument("--writer", choices=["executors", "spark"], default="executors")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="suanshu-bench-")
    with tarfile.open(args.bundle) as tar:
        tar.extractall(work)
    tool = os.path.join(work, "suanshu-bundle", "suanshu")

    fixtures = sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.txt")))
    archive = os.path.join(work, "archive.jsonl")
    n = 0
    size = 0
    with open(archive, "wb") as f:
        for copy in range(args.copies):
            for path in fixtures:
                text = open(path, encoding="utf-8", newline="").read()
                line = json.dumps({"id": f"{copy:04d}/{os.path.basename(path)}", "text": text},
                                  ensure_ascii=False).encode("utf-8") + b"\n"
                f.write(line)
                size += len(line)
                n += 1
    print(f"archive: {n} documents, {size / 1e6:.1f} MB")

    def direct():
        start = time.monotonic()
        with open(archive, "rb") as i, open(os.devnull, "wb") as o:
            subprocess.run([tool, "check", "--input", "jsonl", "--jobs", "2"], stdin=i, stdout=o,
                           stderr=subprocess.DEVNULL)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return time.monotonic() - start, before

    first, rss_direct = direct()

    from pyspark.sql import SparkSession
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # the workers need this Python's pyarrow
    start = time.monotonic()
    spark = (SparkSession.builder.master("local[2]").appName("suanshu-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addFile(args.bundle)
    spark.sparkContext.addPyFile(suanshu_spark.__file__)
    startup = time.monotonic() - start
    rss_folder = os.path.join(work, "rss")
    os.mkdir(rss_folder)
    wrapper = os.path.join(work, "rss-wrapper.py")
    with open(wrapper, "w") as f:
        f.write(RSS_WRAPPER.format(python=sys.executable, folder=rss_folder))
    os.chmod(wrapper, 0o755)

    def job(out, wrap):
        start = time.monotonic()
        suanshu_spark.check_archive(spark, os.path.basename(args.bundle), archive, "jsonl", out, args.partitions, wrap,
                                    args.writer)
        return time.monotonic() - start

    cold = job(os.path.join(work, "out-cold"), None)            # the first job warms the JVM up
    spark_time = job(os.path.join(work, "out"), None)
    measured = job(os.path.join(work, "out-rss"), wrapper)     # a third run, for the RSS only
    spark.stop()
    second, _ = direct()
    best = min(first, second)

    rss = [int(open(os.path.join(rss_folder, x)).read()) for x in os.listdir(rss_folder)]
    print(f"suanshu check --jobs 2 --input jsonl: {first:.2f} s and {second:.2f} s -> "
          f"{n / best:.1f} documents/s (best)")
    print(f"spark local[2], {len(rss)} partitions, jsonl -> 3 Parquet tables ({args.writer} writing): {spark_time:.2f} s -> "
          f"{n / spark_time:.1f} documents/s (second job; the first took {cold:.2f} s, "
          f"session start-up {startup:.1f} s)")
    print(f"ratio spark / direct: {best / spark_time:.2f}")
    print(f"(run with the RSS wrapper: {measured:.2f} s)")
    print(f"peak RSS of the tool in an executor: {', '.join(f'{r / 1024:.1f} MB' for r in sorted(rss))} "
          f"({len(rss)} processes); direct run --jobs 2: {rss_direct / 1024:.1f} MB")


if __name__ == "__main__":
    main()
