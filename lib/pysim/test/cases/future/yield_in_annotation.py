# Under `annotations` an annotation is never evaluated, and a yield in one is refused.
from __future__ import annotations

def f():
    x: (yield) = 1
