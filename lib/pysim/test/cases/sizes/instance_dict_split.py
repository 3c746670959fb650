# an instance's __dict__ is a split dict: its size counts the class's shared-key slots, which every new instance shrinks
import sys
class K:
    def __init__(self):
        self.a = 1
o = K()
print(sys.getsizeof(o.__dict__))
o2 = K()
print(sys.getsizeof(o2.__dict__))
class L:
    def __init__(self):
        self.a = 1
p = L()
p2 = L()
print(sys.getsizeof(p.__dict__), sys.getsizeof(p2.__dict__))
class N:
    pass
n = N()
print(sys.getsizeof(n.__dict__))
n.a = 1
print(sys.getsizeof(n.__dict__))
