import sys
x = 1


def f():
    return x


print(sys.getsizeof(dict.fromkeys('abcdef')), sys.getsizeof(dict.fromkeys(range(200))))
print(sys.getsizeof(bytearray(b'abc')), sys.getsizeof(set(range(40))))
print(sys.getsizeof('éé'), sys.getsizeof('😀'), sys.getsizeof(2 ** 90), sys.getsizeof(-2 ** 62))
print(sys.getsizeof(1j), sys.getsizeof(...), sys.getsizeof(NotImplemented), sys.getsizeof(object()))
print(sys.getsizeof(len), sys.getsizeof(sys), sys.getsizeof(slice(1, 2, 3)), sys.getsizeof(range(3)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter('')), sys.getsizeof(reversed([])), sys.getsizeof(filter(None, [])))
print(sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
print(sys.getsizeof(Exception()), sys.getsizeof(KeyError(1)), sys.getsizeof(ValueError('x')))
print(sys.getsizeof(sys.maxsize), sys.maxsize.bit_length())
