l = [3, 1, 2]
l.sort()
l.insert(0, 9)
l.extend([7, 7])
print(l, l.index(7), l.count(7))
l.remove(7)
l.reverse()
print(l, l.pop(0))
