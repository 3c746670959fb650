def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list(l):
            return f"list {l}"
        case dict(d):
            return f"dict {d}"
        case tuple(t):
            return f"tuple {t}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case bytes(b) | bytearray(b):
            return f"bytes {b}"
    return "other"

for v in (True, 3, 2.5, "x", [1], {"a": 1}, (1,), {1}, frozenset(), b"b", bytearray(b"c"), None):
    print(describe(v))

class MyInt(int):
    pass

match MyInt(7):
    case int(n):
        print("subclass matches itself:", n, type(n).__name__)
