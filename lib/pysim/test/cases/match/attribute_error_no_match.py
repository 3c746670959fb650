class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed yet")

class Ready:
    value = 42

def read(obj):
    match obj:
        case Lazy(value=v) | Ready(value=v):
            return v
        case _:
            return "no value"

print(read(Lazy()))
print(read(Ready()))
