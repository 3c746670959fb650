# a finished frame kept only by a traceback (no cycle) releases its locals when the traceback goes:
# frame_dealloc clears them first to last (3.14: last to first)
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    a = T('a')
    b = T('b')
    c = T('c')
    raise ValueError

def catch():
    try:
        f()
    except ValueError as e:
        return e.__traceback__

tb = catch()
print('kept', tb.tb_next.tb_frame.f_code.co_name)
tb = None
print('end')
