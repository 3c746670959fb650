import sys
l = list(range(20))
sizes = []
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes)
