class Countdown(list):
    def __iter__(self):
        print("iter called")
        return super().__iter__()
    def __len__(self):
        print("len called")
        return super().__len__()

c = Countdown([3, 2, 1])
match c:
    case [a, b, c0]:
        print(a, b, c0)
match c:
    case [first, *rest]:
        print(first, rest)
match c:
    case [x, *_]:
        print("x", x)
