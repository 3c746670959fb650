# the frames an exception leaving a comprehension passes through; 3.11's <listcomp> frame keeps
# its iterator and loop variable alive as long as the traceback
import gc
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __rtruediv__(self, o):
        return o / self.n
def f(xs):
    return [1 / x for x in xs]
try:
    f([Item(1), Item(0), Item(2)])
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(tb.tb_frame)
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    for fr in frames:
        if fr.f_code.co_name.endswith('comp>'):
            print(sorted(fr.f_locals), fr.f_back.f_code.co_name, gc.is_tracked(fr), fr.f_locals['x'].n)
    del frames, fr, tb
    print('handled')
print('after')
