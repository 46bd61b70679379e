"""Shortcuts for the third (blind development) set's sources: every helper of ../_gold.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _gold import *  # noqa: F403
