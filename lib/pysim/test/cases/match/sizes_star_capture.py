import sys
data = [1, 2, 3, 4, 5, 6, 7]
match data:
    case [a, *mid, z]:
        print(mid, sys.getsizeof(mid))
match tuple(data):
    case (*front, last):
        print(front, sys.getsizeof(front))
match data:
    case {**rest}:
        pass
    case [*everything]:
        print(sys.getsizeof(everything))
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        print(rest, sys.getsizeof(rest))
