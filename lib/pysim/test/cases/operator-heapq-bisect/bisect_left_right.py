import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
print(bisect.bisect_right(a, 4, lo=2, hi=None), bisect.bisect_left([], 1))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect, bisect.insort_left)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')
print(index(a, 7))
try:
    index(a, 3)
except ValueError as e:
    print(e)
