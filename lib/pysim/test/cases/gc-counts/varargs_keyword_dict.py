# A METH_VARARGS | METH_KEYWORDS builtin called with keywords gets an argument tuple and a keyword
# dict (_PyObject_MakeTpCall), which go to their free lists afterwards; `*t` hands the tuple over.
import gc, sys
gc.collect()
counts = [gc.get_count()]
s1 = sys.getsizeof(1, default=0)
counts.append(gc.get_count())
s2 = sys.getsizeof([], 0)
counts.append(gc.get_count())
t = (5,)
s3 = sys.getsizeof(*t)
counts.append(gc.get_count())
s4 = sys.getsizeof(object=2.5)
counts.append(gc.get_count())
m = max(1, -2, key=abs)
counts.append(gc.get_count())
print(counts, s1 > 0, s2 > 0, s3 > 0, s4 > 0, m)
