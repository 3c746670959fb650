def show(p):
    match p:
        case (0 | 1) as bit:
            return f"bit {bit}"
        case [int() as a, int() as b] as pair:
            return f"ints {a} {b} in {pair}"
        case str() as s:
            return f"string {s!r}"
    return "nothing"

print(show(0))
print(show(1))
print(show([3, 4]))
print(show([3, "4"]))
print(show("hi"))
