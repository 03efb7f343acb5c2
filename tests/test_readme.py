"""The README is the first thing a newcomer runs: its two commands, and every setting with its default."""

from __future__ import annotations

import re
from pathlib import Path

from kg.settings import Settings

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_begins_with_exactly_two_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert README.index("```sh") < README.index("## ")  # before any other section


def test_every_setting_is_documented() -> None:
    documented = set(re.findall(r"^\| `(KG_[A-Z0-9_]+)` \|", README, re.M))
    expected = {f"KG_{name.upper()}" for name in Settings.model_fields}
    assert expected - documented == set(), "settings missing from the README's table"
    assert documented - expected == set(), "the README documents settings that do not exist"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == [
        "exec make test"
    ]
