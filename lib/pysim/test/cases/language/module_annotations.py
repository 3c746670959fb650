# Annotated assignments at module level store their annotations in the module's __annotations__
# (3.11-3.13; the runner made it empty); 3.14 (PEP 649) defers them to an __annotate__ function
# and __main__ has no __annotations__
import sys

print(__annotations__)
x: int = 1
y: 'later'
print(__annotations__, 'y' in globals(), x)
z: list = []
print(__annotations__['z'] is list, sys.getrefcount(__annotations__))
