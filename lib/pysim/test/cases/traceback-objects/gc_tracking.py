# Traceback objects are tracked by the collector; a frame object is tracked only once it owns
# a finished frame's data; the running frame's object is not. What the collector sees in each.
import gc
import sys

def f():
    item = (1, [])
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

e = f()
tb = e.__traceback__
print(gc.is_tracked(tb), gc.is_tracked(tb.tb_frame), gc.is_tracked(sys._getframe()))
print([type(o).__name__ for o in gc.get_referents(tb)])
print([type(o).__name__ for o in gc.get_referents(tb.tb_frame) if type(o).__name__ != 'dict'])
print([type(o).__name__ for o in gc.get_referents(e)])
print(tb.tb_frame.f_back is sys._getframe(), gc.get_referents(sys._getframe()))
