class Bad:
    @property
    def value(self):
        raise KeyError("value")

def read(obj):
    match obj:
        case Bad(value=v):
            return v

read(Bad())
