# An exception that stores itself in an attribute is a cycle through its __dict__: an exception
# keeps its attributes in a dict object of its own, so the collector finds both (and the traceback).
import gc
gc.collect()
class AppError(Exception): pass
e = AppError("x")
e.code = 5
print(gc.is_tracked(e.__dict__), e.__dict__)
e2 = AppError()
e2.me = e2
del e2
print(gc.collect())
try:
    raise AppError("boom")
except AppError as err:
    err.self_ref = err
    keep = err
del keep
print(gc.collect())
v = ValueError()
v.other = [v]
del v
print(gc.collect())
