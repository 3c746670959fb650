# enumerate, zip, map, filter and reversed are classes: their calls make instances of them
pairs = zip([1, 2], "ab")
for cls in (enumerate, zip, map, filter, reversed):
    print(cls, type(cls), cls.__name__)
print(isinstance(pairs, zip), type(pairs) is zip, isinstance(enumerate([]), (list, enumerate)))
print(type(map(str, [1])) is map, isinstance(filter(None, [0, 1]), filter), type(reversed([1, 2])).__name__)
print(type(reversed("ab")) is reversed, list(pairs), issubclass(enumerate, object))
