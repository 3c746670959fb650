# Builtin functions and constructors given wrong arguments: counts, types, keywords
# (Python/bltinmodule.c and the types' constructors, each version's messages)
import sys


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


class Three:
    def __index__(self):
        return 3


class Huge:
    def __len__(self):
        return 2 ** 70


class Neg:
    def __len__(self):
        return -1


show(bool, 1, 2)
show(bool)
show(float, 1, 2)
show(float, b'1.5')
show(float, bytearray(b' 2.5 '))
show(float, b'x')
show(float, b'inf')
show(str, 1, 2, 3, 4)
show(str, b'a', 'ascii', 'strict')
show(tuple, [1], [2])
show(tuple, 'ab')
show(int, base=10)
show(int, '12', base=Three())
show(int)
show(format, 1, 2)
show(format, 1, None)
show(format, 255, 'x')
show(iter, 1, 2)
show(iter, None, None)
show(reversed)
show(reversed, [1], [2])
show(chr, 2 ** 70)
show(chr, -2 ** 40)
show(chr, 0x110000)
show(chr, Three())
show(ord, b'a')
show(ord, bytearray(b'z'))
show(ord, b'ab')
show(ord, b'')
show(ord, 'ab')
show(ord, 1)
show(sum, [b'a'], b'')
show(sum, [], bytearray())
show(sum, ['a'], '')
show(sum, [[1], [2]], [])
show(sorted, [2, 1], reverse='a')
show(sorted, [2, 1], reverse=None)
show(sorted, [2, 1], reverse=1.5)
show(sorted, [2, 1], reverse=2)
show(sorted, [2, 1], reverse=Three())
show(zip, [1], strict=1, x=2)
show(zip, [1], x=1)
show(type, 1, x=2)
show(type, 'X', 1, {})
show(type, 'X', (), 1)
show(type, 1, (), {})
show(type, 'X', (1,), {})
show(type, 'X', (bool,), {})
show(type)
show(len, Huge())
show(len, Neg())
show(bool, Huge())
print(list(enumerate('abc', 2 ** 63 - 2)))
print(list(enumerate('ab', 2 ** 53 - 1)))
print(list(enumerate('ab', -2 ** 63 - 1)))
print(list(enumerate('ab', Three())))
show(int, 1, 2, 3)
show(int, '1', 2, base=3)
show(ascii)
show(ascii, 'é', 2)
show(sum, [1], start=2, x=3)
show(sum, iterable=[1], start=2, x=3)
show(round, 1.5, 1, 2)
show(pow, base=2, exp=3, mod=5, x=1)
show(enumerate, [], 1, start=2)
show(enumerate, iterable=[], start=2, x=1)
show(enumerate, [], x=1)
print(sys.version_info[:2] >= (3, 11))
