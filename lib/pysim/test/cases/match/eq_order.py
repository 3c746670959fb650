class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Loud.__eq__", self.v, other)
        return self.v == other

match Loud(3):
    case 1 | 2:
        print("small")
    case 3:
        print("three")
