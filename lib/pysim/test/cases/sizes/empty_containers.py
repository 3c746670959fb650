import sys
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof(''))
