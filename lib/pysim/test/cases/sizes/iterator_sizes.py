# sys.getsizeof of the builtin iterators (their C structs), and range_iterator not being a gc object
import sys, gc
print(sys.getsizeof(iter([1, 2])), sys.getsizeof(iter((1,))), sys.getsizeof(iter("ab")), sys.getsizeof(iter({1: 2})))
print(sys.getsizeof(iter({1: 2}.values())), sys.getsizeof(iter({1: 2}.items())), sys.getsizeof(iter({1})), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])))
print(sys.getsizeof(reversed([1])), sys.getsizeof(reversed(range(3))), sys.getsizeof(reversed((1, 2))))
print(gc.is_tracked(iter(range(3))), gc.is_tracked(iter([])), gc.is_tracked(enumerate([])))
