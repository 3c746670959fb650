# CALL_FUNCTION_EX with keywords of a builtin: the keyword dict is built (BUILD_MAP, DICT_MERGE),
# and a vectorcall function (print) gets the arguments back from PyObject_Call with a tuple of
# the keyword names (_PyStack_UnpackDict); an empty dict passes none
import gc
t = (1, 5, 2)
opts = {'sep': '-'}
gc.collect()
c = [None] * 4
c[0] = gc.get_count()
print(*t, sep='-')
c[1] = gc.get_count()
print(*t, **opts)
c[2] = gc.get_count()
m = min([4, 2], **{})
c[3] = gc.get_count()
print([x[0] for x in c], m)
