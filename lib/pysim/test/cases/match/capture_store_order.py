class Tell:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

a = Tell("old a")
b = Tell("old b")
match [Tell("new a"), Tell("new b")]:
    case [a, b]:
        print("stored")
print(a.name, b.name)
match (Tell("x"), Tell("y")):
    case (b, a) | (a, b, _):
        print("swapped", a.name, b.name)
print("end")
