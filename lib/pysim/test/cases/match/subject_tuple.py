def both(a, b):
    match a, b:
        case 0, 0:
            return "both zero"
        case 0, _:
            return "first zero"
        case _, 0:
            return "second zero"
        case x, y:
            return f"{x},{y}"

print(both(0, 0), both(0, 1), both(1, 0), both(2, 3))

match *[1, 2], 3:
    case [1, *rest]:
        print(rest)
