# dict.fromkeys of a dict or a set resizes once for its size (an empty dict source: str-keyed table)
import sys
print([sys.getsizeof(dict.fromkeys({i: 0 for i in range(n)})) for n in range(7)])
print([sys.getsizeof(dict.fromkeys({str(i): 0 for i in range(n)})) for n in range(7)])
print([sys.getsizeof(dict.fromkeys(set(range(n)))) for n in range(7)])
print([sys.getsizeof(dict.fromkeys(list(range(n)))) for n in range(7)])
print(sys.getsizeof(dict.fromkeys(frozenset("ab"))), sys.getsizeof(dict.fromkeys("ab")))
