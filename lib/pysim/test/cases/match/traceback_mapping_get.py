class Odd(dict):
    def get(self, key, default=None):
        raise LookupError(f"no get for {key}")

def look(m):
    match m:
        case {"a": a}:
            return a

look(Odd(a=1))
