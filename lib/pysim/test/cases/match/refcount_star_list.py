import sys
items = [object() for _ in range(4)]
match items:
    case [head, *tail]:
        print(len(tail), tail is items, sys.getrefcount(tail))
        print(sys.getrefcount(items[1]))
del tail
print(sys.getrefcount(items[1]))
