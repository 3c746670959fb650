class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

d = Defaulting(a=1)
print(d["zzz"])
match d:
    case {"a": 1, "b": b}:
        print("b", b)
    case {"a": a}:
        print("a", a, "keys", sorted(d))
