# the FrameLocalsProxy's mapping methods that write (update, |=, setdefault) and the KeyError of a
# name it does not have; on 3.11/3.12 f_locals is a dict and these change only the snapshot
import sys

def f():
    x = 1
    loc = sys._getframe().f_locals
    loc.update({'x': 2, 'extra': 3})
    print(x, loc['extra'])
    loc |= {'x': 4}
    print(x, type(loc).__name__)
    try:
        loc.update([('x', 5)])
    except TypeError as e:
        print('update:', e)
    print(x)
    print(loc.setdefault('x', 9), loc.setdefault('fresh', 7), loc['fresh'])
    print(sorted((loc | {'y': 0}).items()) == sorted(dict(loc, y=0).items()))
    try:
        loc['missing']
    except KeyError as e:
        print('KeyError', e)

f()
