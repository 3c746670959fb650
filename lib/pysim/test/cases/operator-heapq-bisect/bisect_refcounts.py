import bisect, sys

item = [7]
print(sys.getrefcount(item))
rows = []
bisect.insort(rows, item)
print(sys.getrefcount(item))
bisect.insort(rows, [3])
bisect.insort(rows, [9])
print(rows, sys.getrefcount(item))
print(bisect.bisect(rows, item), sys.getrefcount(item))
rows.remove(item)
print(sys.getrefcount(item))
