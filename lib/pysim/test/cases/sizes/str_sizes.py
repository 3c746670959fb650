import sys
print([sys.getsizeof('a' * n) for n in range(0, 6)])
print(sys.getsizeof('é'), sys.getsizeof('日本'), sys.getsizeof('😀'))
