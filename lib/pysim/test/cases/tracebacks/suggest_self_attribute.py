# Inside a method, a bare name that is an attribute of self: 3.12+ suggest 'self.value'.
class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 1
        return value


c = Counter()
print(c.bump() if False else "calling")
c.bump()
