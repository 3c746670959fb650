# writing through f_locals: 3.13+ (PEP 667) the FrameLocalsProxy changes the local itself (a cell
# variable's cell too) and keeps other names as extra locals; on 3.11/3.12 f_locals is a snapshot
# dict, the write changes only the dict and the next read of f_locals overwrites it
import sys

def f():
    x = 1
    y = [2]
    def g():
        return y
    loc = sys._getframe().f_locals
    loc['x'] = 5
    loc['y'] = 'cell'
    loc['extra'] = 'kept'
    print(x, y, g())
    print(loc['x'], loc['extra'], 'extra' in loc)
    again = sys._getframe().f_locals
    print(again['x'], again['y'], again['extra'], sorted(again))

f()
