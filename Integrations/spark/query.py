"""Spark SQL over the job's tables: `documents`, `claims` and `checks` registered as views.

    spark-submit Integrations/spark/query.py OUT ["SELECT ..."]

Without a query: inconsistent and unverifiable checks per agency (the first word of the
file name in the document id, e.g. `customs` in `0007/customs-2024-annual.txt`) and relation.
"""

import os
import sys

from pyspark.sql import SparkSession

DEFAULT = """
SELECT regexp_extract(k.document, '([a-z]+)[^/]*$', 1) AS agency,
       k.relation,
       count(*) AS checks,
       sum(CASE WHEN k.verdict = 'inconsistent' THEN 1 ELSE 0 END) AS inconsistent,
       sum(CASE WHEN k.verdict = 'unverifiable' THEN 1 ELSE 0 END) AS unverifiable,
       count(DISTINCT CASE WHEN k.verdict = 'inconsistent' THEN k.record END) AS documents_with_inconsistent
FROM checks k
GROUP BY 1, 2
HAVING inconsistent > 0
ORDER BY inconsistent DESC, agency, relation
"""


def main():
    out = sys.argv[1]
    query = sys.argv[2] if len(sys.argv) > 2 else DEFAULT
    spark = SparkSession.builder.appName("suanshu-query").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    for table in ("documents", "claims", "checks"):
        spark.read.parquet(os.path.join(out, table)).createOrReplaceTempView(table)
    spark.sql(query).show(100, truncate=False)
    spark.stop()


if __name__ == "__main__":
    main()
