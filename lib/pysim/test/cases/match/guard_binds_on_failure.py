match (1, 2):
    case (a, b) if a > b:
        print("descending")
    case (c, d):
        print("ascending")
print(a, b, c, d)

try:
    print(e)
except NameError as err:
    print(err)
match [5]:
    case [e] if False:
        pass
    case _:
        pass
print("e is", e)
