class Weird:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")

W = Weird()

class Holder:
    w = W

match 5:
    case Holder.w:
        print("equal")
