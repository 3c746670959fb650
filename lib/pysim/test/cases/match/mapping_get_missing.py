class Tracking(dict):
    def get(self, key, default=None):
        print("get", key, default is None)
        return super().get(key, default)

d = Tracking(a=1, b=2)
match d:
    case {"a": 1, "c": 3}:
        print("matched c")
    case {"b": b, "a": a}:
        print("matched", a, b)
