# Only some classes can be subscripted: int[int] and a plain class raise TypeError; type[...] and
# a class defining __class_getitem__ work
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


class Plain:
    pass


print(Box[int], type[Plain], list[Plain])
for make in (lambda: int[int], lambda: Plain[int], lambda: len[int]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
