# deleting through f_locals: a FrameLocalsProxy refuses (3.13) or allows only extra names (3.14+);
# on 3.11/3.12 the snapshot dict lets anything go and the next read brings the locals back
import sys

def f():
    x = 1
    loc = sys._getframe().f_locals
    loc['extra'] = 2
    for key in ('x', 'extra', 'missing'):
        try:
            del loc[key]
            print('deleted', key)
        except (TypeError, ValueError, KeyError) as e:
            print(key, type(e).__name__, e)
    print(x, sorted(sys._getframe().f_locals))

f()
