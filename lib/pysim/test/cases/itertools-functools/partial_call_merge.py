import functools

def show(*args, **kwargs):
    return args, kwargs

p = functools.partial(show, 1, x=2)
print(p(3, y=4))
print(p(x=5))
printer = functools.partial(print, sep='-')
printer('a', 'b')
printer('a', 'b', sep='+')
print(functools.partial(max, key=len)('aa', 'b'))
printer.note = 'attached'
print(printer.note, printer.__dict__)
print(repr(functools.partial(len)), repr(functools.partial(functools.partial(len), 'x')))
