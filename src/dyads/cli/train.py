"""dyads train RECORDS... --out MODEL : rebuild the event-decision model from annotated records."""

from __future__ import annotations

from pathlib import Path

import typer

from dyads.cli.common import console, err_console


def train(
    records: list[str] = typer.Argument(..., help="Training records (.json files or folders): a document's "
                                                  "fields with its annotation under 'gold'"),
    out: Path = typer.Option(..., "--out", "-o", help="Where to write the model (JSON)"),
) -> None:
    """Train the decision layer that chooses among the rule coder's candidate events.

    The bundled model is `dyads train training/records --out src/dyads/events/model/decider.json`;
    use your own with `--model FILE` on `ingest` and `extract`.
    """
    from dyads.events.train import to_json
    from dyads.events.train import train as run_train

    missing = [r for r in records if not Path(r).exists()]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}")
    model = run_train(records, log=lambda line: err_console.print(line, highlight=False))
    if not model.meta.get("trained_on"):
        raise typer.BadParameter("no training record was readable")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(to_json(model), encoding="utf-8")
    cv, pub = model.meta["cross_validated_strict"], model.meta["cross_validated_published"]
    console.print(f"model written to {out}: {len(model.weights)} weights, threshold {model.threshold}; "
                  f"cross-validated strict events P {cv['p']} R {cv['r']} F1 {cv['f1']} "
                  f"(published records: P {pub['p']} R {pub['r']} F1 {pub['f1']})")
