import sys
print(sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof(dict.fromkeys(range(6))))
print(sys.getsizeof({'a': 1}), sys.getsizeof(dict(a=1, b=2)))
