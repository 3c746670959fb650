# Class-body names: `__count = 0` stores `_Counter__count` in the class namespace.
class Counter:
    __count = 0
    __limit = __count + 3
    labels = [__limit * 2, __count]

    def __init__(self):
        Counter.__count += 1
        type(self).__count += 10

    @classmethod
    def total(cls):
        return cls.__count, cls.__limit

    __dunder__ = "not mangled"
    __ = "not mangled either"


print([k for k in vars(Counter) if not k.startswith("__") or k in ("__dunder__", "__")])
Counter()
Counter()
print(Counter.total(), Counter._Counter__count, Counter.labels)
print(Counter.__dunder__, Counter.__)
try:
    Counter.__count
except AttributeError as e:
    print("AttributeError:", e)
