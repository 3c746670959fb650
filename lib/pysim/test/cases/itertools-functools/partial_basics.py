import functools

base2 = functools.partial(int, base=2)
print(base2('1011'), base2.func is int, base2.args, base2.keywords)
print(repr(base2))
power = functools.partial(pow, 2)
print(power(10), power.args)
print(repr(functools.partial(max, 1, 2)))
nested = functools.partial(functools.partial(pow, 2), 5)
print(nested(), nested.func is pow, nested.args)
print(type(base2), isinstance(base2, functools.partial))
