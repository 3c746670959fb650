class MyList(list):
    pass

class MyTuple(tuple):
    pass

def is_seq(x):
    match x:
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"

for v in ([1], (1, 2), range(3), MyList([1, 2, 3]), MyTuple((1,)), "str", b"bytes", bytearray(b"ba"), {1: 2}, {1, 2}, iter([1])):
    print(type(v).__name__, is_seq(v))
