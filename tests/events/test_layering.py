"""The event coder's modules read in the order of the data flow: each imports only modules of an earlier layer,
and the stage imports only the stages before it (a stage never imports a later stage or a view). A helper that
needs a later module's reading takes it as an argument instead (`predicates.Facts.reads`)."""

import ast
from pathlib import Path

import dyads.events

EVENTS = Path(dyads.events.__file__).parent

# Earlier layers first; modules of one layer do not import each other.
LAYERS = [
    {"lexicon", "context", "dates"},
    {"syntax", "triggers"},                    # parse facts; which lexicon rows a token matches
    {"modality", "agents"},                    # mode; who acts and speaks
    {"predicates", "judgement", "places"},     # what the conditions test; judged acts; places for states
    {"coder", "cues"},                         # the rules' readings; what settles a reading
    {"sentences", "candidates"},
    {"decide"},
    {"__init__"},
    {"train"},                                 # runs the pipeline over annotated records: the one tool after it
]
# What the stage may import beside itself: the shared models and the stages before it. Only `train` runs the
# pipeline (and reads sources) over annotated records.
EARLIER = {"models", "errors", "settings", "budget", "sources", "text", "structure", "nlp", "actors"}


def _imports(path: Path) -> set[str]:
    """The dyads modules a file imports, anywhere in it (a function-level import is a dependency too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dyads"):
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("dyads")}
    return found


def _layer(name: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if name in layer)


def test_every_module_of_the_event_coder_has_a_layer():
    assert {p.stem for p in EVENTS.glob("*.py")} == set().union(*LAYERS)


def test_event_modules_import_only_earlier_layers():
    wrong = []
    for path in EVENTS.glob("*.py"):
        for module in _imports(path):
            parts = module.split(".")
            if parts[:2] == ["dyads", "events"] and len(parts) > 2 and (EVENTS / f"{parts[2]}.py").exists() \
                    and _layer(parts[2]) >= _layer(path.stem) and parts[2] != path.stem:
                wrong.append(f"{path.stem} imports {parts[2]}")
    assert wrong == []


def test_the_event_stage_imports_only_earlier_stages():
    wrong = [f"{path.stem} imports {module}" for path in EVENTS.glob("*.py") if path.stem != "train"
             for module in _imports(path) if len(parts := module.split(".")) > 1
             and parts[1] not in EARLIER | {"events"}]
    assert wrong == []
