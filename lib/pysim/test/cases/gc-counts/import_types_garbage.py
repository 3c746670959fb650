# The first import of `types` runs Lib/types.py, which makes a throwaway class `_C` and deletes it:
# seven gc objects in a cycle. On 3.13 (`import weakref` brings types in) the program's next
# collection finds them; 3.11 and Pyodide imported types at start-up, and on 3.12 `import copy`
# allocates enough in CPython's import machinery for an automatic collection to take them first.
import gc
gc.collect()
import weakref
print(gc.collect())
import copy
print(gc.collect())
import types
print(gc.collect(), types.MethodType.__name__)
