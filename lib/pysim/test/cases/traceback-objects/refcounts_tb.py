# Reference counts of traceback and frame objects: the exception holds its traceback, the
# traceback holds its frame; a frame's locals gain one reference from a 3.11/3.12 f_locals dict.
import sys

def f():
    x = []
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e, x

e, x = f()
tb = e.__traceback__
print(sys.getrefcount(tb), sys.getrefcount(tb.tb_frame))
fr = tb.tb_frame
print(sys.getrefcount(fr), sys.getrefcount(x))
del fr
del tb
print(sys.getrefcount(x))
e = None
print(sys.getrefcount(x))
