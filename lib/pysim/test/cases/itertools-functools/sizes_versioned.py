import itertools
import sys

print(sys.getsizeof(itertools.accumulate([])))
print(sys.getsizeof(itertools.groupby([])))
print(sys.getsizeof(itertools.tee([])[0]))
print(sys.getsizeof(itertools.pairwise([])))
