def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", ("num", n)):
            return -n
        case ("neg", inner):
            return -evaluate(inner)
        case _:
            raise ValueError(f"bad expression {expr!r}")

tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
print(evaluate(("neg", ("add", ("num", 1), ("num", 1)))))
try:
    evaluate(("pow", 2, 3))
except ValueError as e:
    print(e)
