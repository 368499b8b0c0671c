"""Every library error reaches the user as one line with its code, exit status 2, and no traceback."""

import sys

import pytest

from dyads.cli.app import main


def _main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["dyads", *args])
    with pytest.raises(SystemExit) as done:
        main()
    return done.value.code, " ".join(capsys.readouterr().err.split())


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--actor", "Atlantis"], "error E001: Unknown actor 'Atlantis'"),
    (["profile", "Belgium", "Belgum"], "(did you mean 'Belgium'"),
    (["events", "--since", "banana"], "error E002: since 'banana' is not a date"),
    (["events", "--until", "2021-13-01"], "error E002: until '2021-13-01' is not a date"),
    (["actors", "find", "Blinken", "--date", "2021"], "error E002: --date '2021' is not a day"),
    (["events", "--modality", "maybe"], "error E006: modality maybe is not one of"),
    (["list", "--db", "mysql+pymysql://u:secret@host/db"],   # a driver dyads does not install
     "error E004: the database URL mysql+pymysql://u:***@host/db needs the 'PyMySQL' package"),
    (["list", "--db", "nosuch://x"], "error E003: nosuch://x: SQLAlchemy knows no database of this kind"),
])
def test_error_is_one_coded_line(monkeypatch, capsys, tmp_path, args, message):
    needs_db = args[0] != "actors" and "--db" not in args
    code, err = _main(monkeypatch, capsys, *args, *(["--db", str(tmp_path / "x.db")] if needs_db else []))
    assert code == 2 and message in err and "Traceback" not in err and "secret" not in err


def test_a_file_that_is_not_a_database(monkeypatch, capsys, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list, not SQLite")
    code, err = _main(monkeypatch, capsys, "list", "--db", str(path))
    assert code == 2 and "error E003: cannot open the database" in err and "file is not a database" in err
