import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return C(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return C(self.v + 100)
c = C(1)
print(copy.copy(c).v)
print(copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)
