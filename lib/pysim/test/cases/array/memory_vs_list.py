# An array stores raw C values: far smaller than a list of int objects, and its items are made
# on each read (so they are never the same object twice, and the array holds no references).
import array, sys, gc
n = 1000
numbers = list(range(10_000, 10_000 + n))
packed = array.array('q', numbers)
print(sys.getsizeof(numbers), sys.getsizeof(packed))
print(sys.getsizeof(numbers) + sum(sys.getsizeof(x) for x in numbers))
print(packed[5] == numbers[5], packed[5] is packed[5], numbers[5] is numbers[5])
x = numbers[7]
print(sys.getrefcount(x))
del numbers
print(sys.getrefcount(x), packed[7] == x)
print(gc.is_tracked(packed), gc.get_referents(packed) == [] or [type(r).__name__ for r in gc.get_referents(packed)])
shrink = array.array('i', range(40))
sizes = [sys.getsizeof(shrink)]
while shrink:
    shrink.pop()
    sizes.append(sys.getsizeof(shrink))
print(sizes)
