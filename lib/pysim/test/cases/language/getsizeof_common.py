import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60))
print(sys.getsizeof(1.0), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof({}))
