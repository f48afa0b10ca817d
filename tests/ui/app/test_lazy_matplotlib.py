"""matplotlib loads only with the Charts view, so the window starts without paying for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_banner_and_prompt_picker_do_not_load_matplotlib() -> None:
    code = (
        "import sys\n"
        "import desktop.ui.reflect.drift_banner, desktop.ui.reflect.prompt_picker, desktop.commands.charts\n"
        "before = 'matplotlib' in sys.modules\n"
        "import desktop.ui.charts.charts_view\n"
        "print(before, 'matplotlib' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[3],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == ["False", "True"]
