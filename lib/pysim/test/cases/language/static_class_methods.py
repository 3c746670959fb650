class K:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class L(K):
    pass
print(K.add(1, 2), type(L.make()).__name__, L.count, K.count)
