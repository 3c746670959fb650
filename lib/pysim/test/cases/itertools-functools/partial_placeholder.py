import functools
import sys

if sys.version_info >= (3, 14):
    from functools import Placeholder
    tail = functools.partial(str.replace, Placeholder, 'a', 'o')
    print(tail('banana'), repr(Placeholder))
    try:
        functools.partial(print, Placeholder)
    except TypeError as e:
        print(e)
else:
    print('bonono', 'Placeholder')
    print('trailing Placeholders are not allowed')
