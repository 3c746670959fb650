class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)

class Number(metaclass=Meta):
    pass

match 5:
    case Number():
        print("5 is a Number")
match "x":
    case Number():
        print("x is a Number")
    case str():
        print("x is a str")
