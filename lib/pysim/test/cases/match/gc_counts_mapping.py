import gc
d = {"a": 1, "b": 2}
gc.collect()
print(gc.get_count())
match d:
    case {"a": 1}:
        print(gc.get_count())
match d:
    case {"a": x, **rest}:
        print(gc.get_count(), rest)
match d:
    case {"z": _}:
        pass
print(gc.get_count())
