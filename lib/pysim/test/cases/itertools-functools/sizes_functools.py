import functools
import itertools
import sys

@functools.lru_cache(maxsize=8)
def f(x):
    return x

print(sys.getsizeof(f), sys.getsizeof(functools.cmp_to_key(len)), sys.getsizeof(functools.cmp_to_key(len)(1)))
print(sys.getsizeof(functools.partial(len)), sys.getsizeof(functools.partial(len, 'abc', x=1)))
if sys.version_info >= (3, 12):
    print(sys.getsizeof(itertools.batched('abc', 2)))
else:
    print(48)
print(sys.getsizeof(itertools.combinations_with_replacement('abc', 2)), sys.getsizeof(itertools.takewhile(bool, [])))
print(sys.getsizeof(itertools.groupby('aab').__next__()[1]))
