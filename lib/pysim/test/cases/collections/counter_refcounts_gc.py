import gc
import sys
from collections import Counter

gc.collect()
k = "some-key-" + str(1)
v = 10 ** 3
c = Counter()
print(sys.getrefcount(k), sys.getrefcount(c))
c[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
c.update([k, k])
print(sys.getrefcount(k), sys.getrefcount(v), c[k] - v)
e = list(c.elements())
print(sys.getrefcount(k), len(e))
del e
del c[k]
print(sys.getrefcount(k))
print(gc.is_tracked(c), gc.is_tracked(Counter("ab")), gc.is_tracked(Counter([(1, 2)])))
print(sys.getsizeof(Counter()), sys.getsizeof(Counter("abcdef")), sys.getsizeof({}), sys.getsizeof(dict.fromkeys("abcdef", 1)))
words = [str(i % 3) * 2 for i in range(9)]
w = words[0]
print(sys.getrefcount(w))
wc = Counter(words)
print(sys.getrefcount(w), wc)
gc.collect()
cyc = Counter()
cyc["me"] = cyc
cyc[cyc.__class__] = [cyc]
del cyc
print(gc.collect())
