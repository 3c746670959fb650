# CALL_FUNCTION_EX of a builtin: PyObject_Call hands a METH_VARARGS function (gc.set_threshold)
# or a type without vectorcall (zip) the starred tuple itself; any other iterable becomes one new
# tuple; print's Argument Clinic parser packs its own tuple whatever it is given.
import gc
gc.collect()
t = gc.get_threshold()
l = list(t)
pair = ([1], [2])
c = [None] * 6
c[0] = gc.get_count()
gc.set_threshold(*t)
c[1] = gc.get_count()
gc.set_threshold(*l)
c[2] = gc.get_count()
z = zip(*pair)
c[3] = gc.get_count()
print(*t)
c[4] = gc.get_count()
print(*l)
c[5] = gc.get_count()
print([x[0] for x in c])
