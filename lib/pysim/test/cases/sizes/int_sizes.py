import sys
print([sys.getsizeof(v) for v in (0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 90, -(2 ** 62))])
print(sys.getsizeof(True), sys.getsizeof(False))
