"""Running the real `kg` command in a child process, as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_kg(*args: str, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """`kg ARGS...` with this environment (the same interpreter, so the same venv), from the repo root."""
    command = [sys.executable, "-c", "from cli.main import app; app()", *args]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
