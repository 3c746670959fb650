import sys
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))))
