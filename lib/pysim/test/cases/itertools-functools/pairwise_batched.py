import itertools
import sys

print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise([1])))
if sys.version_info >= (3, 12):
    print(list(itertools.batched('ABCDEFG', 3)))
    try:
        itertools.batched('abc', 0)
    except ValueError as e:
        print(e)
else:
    print([('A', 'B', 'C'), ('D', 'E', 'F'), ('G',)])
    print('n must be at least one')
