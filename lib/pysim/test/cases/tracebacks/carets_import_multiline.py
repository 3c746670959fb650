# caret lines: an import error points at the whole import statement (3.13+ prints every
# line of a parenthesized `from … import (…)` spread over several lines)
def load():
    import sys, no_such_module_here

try:
    load()
except ImportError as e:
    print(type(e).__name__, e)

from sys import (
    getrefcount,
    refcount_of,
)
