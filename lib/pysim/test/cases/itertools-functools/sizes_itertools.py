import itertools
import sys

print(sys.getsizeof(itertools.count()), sys.getsizeof(itertools.repeat(1)))
print(sys.getsizeof(itertools.cycle('ab')), sys.getsizeof(itertools.chain()))
print(sys.getsizeof(itertools.islice('a', 1)), sys.getsizeof(itertools.starmap(pow, [])))
print(sys.getsizeof(itertools.zip_longest()), sys.getsizeof(itertools.compress('', '')))
print(sys.getsizeof(itertools.dropwhile(None, [])), sys.getsizeof(itertools.filterfalse(None, [])))
print(sys.getsizeof(itertools.permutations(range(3))), sys.getsizeof(itertools.permutations(range(4), 2)))
print(sys.getsizeof(itertools.combinations(range(5), 3)), sys.getsizeof(itertools.product('ab', 'cd', 'e')))
