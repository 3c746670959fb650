import sys
def f():
    pass
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
