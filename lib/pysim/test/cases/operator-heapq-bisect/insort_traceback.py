import bisect

def add_sorted(lst, value):
    bisect.insort(lst, value)
    return lst

print(add_sorted([1, 2, 4], 3))
print(add_sorted([1, 2, 4], 'three'))
