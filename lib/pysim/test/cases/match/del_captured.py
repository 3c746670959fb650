class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

pair = [Noisy("a"), Noisy("b")]
match pair:
    case [first, second]:
        print("matched", first.name, second.name)
del pair
print("pair deleted")
first = None
print("first rebound")
second = None
print("end")
