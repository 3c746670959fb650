# repr of an empty list or tuple returns before Py_ReprEnter; {} and set() enter it first
import gc
gc.collect()
a = repr([])
b = repr(())
print(gc.get_count())
c = repr({})
print(gc.get_count())
print(gc.get_count())
