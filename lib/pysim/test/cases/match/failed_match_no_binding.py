def f(v):
    match v:
        case [x, 1]:
            return "ends with one"
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(f([7, 2]))
print(f([7, 1]))

match (1, 2, 3):
    case (p, q) | (p, q, 4):
        print("matched")
print("p" in globals(), "q" in globals())
