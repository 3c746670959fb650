# divmod(): int/float results, a class's __divmod__/__rdivmod__, and the TypeError naming divmod() itself
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2), divmod(2**70, 3))
class Money:
    def __init__(self, cents): self.cents = cents
    def __divmod__(self, n): return (Money(self.cents // n), Money(self.cents % n))
    def __rdivmod__(self, n): return "rdivmod"
    def __repr__(self): return f"Money({self.cents})"
print(divmod(Money(1007), 4), divmod(10, Money(3)))
class Plain:
    pass
for a, b in [("7", 2), (7, "2"), ([1], 2), (Plain(), 1), (1, Plain()), (3 + 4j, 2), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
