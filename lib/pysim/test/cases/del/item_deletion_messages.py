# del of an item of an immutable sequence: an index key fails in PySequence_DelItem ("doesn't"),
# any other key, or a type that is no sequence, in PyObject_DelItem ("does not")
class K:
    pass
for obj in ['abc', (1, 2), range(3), {1, 2}, K(), 5, None]:
    for key in (0, 'k', slice(0, 1), 10 ** 30):
        try:
            del obj[key]
        except (TypeError, IndexError) as e:
            print(type(obj).__name__, type(key).__name__, type(e).__name__, e)
s = 'abc'
try:
    s[10 ** 30] = 'x'
except IndexError as e:
    print(e)
