# sys.intern takes only a str (the message names None as None), and only an exact str is interned
import sys
class Sub(str):
    pass
for arg in (None, 1, b'x', Sub('x')):
    try:
        r = sys.intern(arg)
        print(repr(r))
    except TypeError as e:
        print(e)
