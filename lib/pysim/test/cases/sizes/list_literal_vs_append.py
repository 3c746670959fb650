import sys
a = [1, 2, 3]
b = []
for v in (1, 2, 3):
    b.append(v)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(list(range(3))))
