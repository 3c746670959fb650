# A future statement must open the module (only its docstring and other future statements may
# come first).
import sys
from __future__ import annotations
print("never runs")
