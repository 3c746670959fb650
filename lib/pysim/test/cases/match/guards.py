def sign(n):
    match n:
        case int() | float() if n > 0:
            return "positive"
        case int() | float() if n < 0:
            return "negative"
        case 0:
            return "zero"
        case _:
            return "not a number"

for v in (5, -2.5, 0, 0.0, "0"):
    print(v, sign(v))

calls = []
def check(tag, result):
    calls.append(tag)
    return result

match [1, 2]:
    case [a, b] if check("first", False):
        print("first")
    case [a, b] if check("second", True):
        print("second", a, b)
print(calls)
