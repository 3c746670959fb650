# One operation, 300 000 times: creating and dropping an instance whose __init__ sets an attribute.
class C:
    def __init__(self, a):
        self.a = a
for i in range(300000):
    C(i)
