# reversed() of a dict or a dict view is a dict_reverse*iterator with dictiter_len's length hint,
# so list() preallocates exactly; the item iterator hands its result tuple out again while only
# it holds it.
import sys
d = {i: str(i) for i in range(10)}
for src in (d, d.keys(), d.values(), d.items()):
    l = list(reversed(src))
    print(type(reversed(src)).__name__, len(l), sys.getsizeof(l))
pairs = [p for p in reversed(d.items())]
print(len(pairs), pairs[0], pairs[-1], pairs[0] is pairs[1])
first = None
same = 0
for pair in reversed(d.items()):
    if first is None:
        first = id(pair)
    elif id(pair) == first:
        same += 1
print("reused", same)
