"""Exports: records as JSONL (nested) or CSV and Parquet (the same columns, flattened by `flat`)."""

from __future__ import annotations

import csv
import json
from enum import StrEnum
from pathlib import Path
from typing import Any


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """One row: a nested object spreads into `key_field` columns, a list of plain values joins with ';',
    anything deeper becomes JSON text."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            out.update(flat({f"{key}_{k}": v for k, v in value.items()}))
        elif isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
            out[key] = ";".join(map(str, value))
        elif isinstance(value, list | tuple):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def write_rows(records: list[dict[str, Any]], format: Format, out: Path) -> None:
    """JSONL keeps the nested records; CSV and Parquet get the flat rows (same columns)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if format is Format.jsonl:
        with out.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    rows = [flat(r) for r in records]
    if format is Format.csv:
        with out.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["id"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        import pyarrow as pa  # only for Parquet: keeps every other command's start fast
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), out)
