import copy
class C:
    pass
def f():
    pass
print(copy.copy(C) is C, copy.deepcopy(C) is C)
print(copy.copy(f) is f, copy.deepcopy(f) is f)
