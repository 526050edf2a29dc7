"""Airflow DAG: the nightly news-etl ingest of each logical date, and a manual backfill.

Each DAG run ingests its own logical date (`ds`), so Airflow's own backfill and clear work date by
date; news-etl makes every date exactly-once: a rerun replaces the date, a failed run resumes.
Exit status 3 (the date is already running elsewhere) is turned into a skip.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

NEWS_ETL = "java -Xmx1g -jar /opt/news-etl/news-etl.jar"
INPUT = "/srv/news/archive"
OUTPUT = "/srv/news/dataset"

default_args = {
    "owner": "data-engineering",
    "retries": 3,                      # a retry resumes the failed run from its last chunk
    "retry_delay": timedelta(minutes=15),
}

with DAG(
    dag_id="news_etl_nightly",
    start_date=datetime(2023, 7, 1),
    schedule="30 2 * * *",
    catchup=True,
    max_active_runs=4,                 # dates in parallel are safe; one date never runs twice
    default_args=default_args,
    tags=["news-etl"],
) as nightly:
    BashOperator(
        task_id="ingest",
        bash_command=f"{NEWS_ETL} ingest --input {INPUT} --output {OUTPUT} --date {{{{ ds }}}}",
        skip_on_exit_code=[3, 4],
        execution_timeout=timedelta(hours=6),
    )

with DAG(
    dag_id="news_etl_backfill",
    start_date=datetime(2023, 7, 1),
    schedule=None,                     # triggered by hand with {"from": "...", "to": "..."}
    params={"from": "2023-07-01", "to": "2023-07-31", "force": True},
    default_args=default_args,
    tags=["news-etl"],
) as backfill:
    BashOperator(
        task_id="backfill",
        bash_command=(
            f"{NEWS_ETL} backfill --input {INPUT} --output {OUTPUT}"
            " --from {{ params['from'] }} --to {{ params['to'] }} --parallel 2"
            "{{ ' --force' if params['force'] else '' }}"
        ),
        skip_on_exit_code=[3],
    )
