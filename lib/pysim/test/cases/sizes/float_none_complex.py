import sys
print(sys.getsizeof(1.0), sys.getsizeof(None), sys.getsizeof(1j), sys.getsizeof(...))
