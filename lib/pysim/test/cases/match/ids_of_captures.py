x = [1, 2]
y = {"k": "value"}
match x:
    case [a, b]:
        print(id(a) == id(x[0]), a is x[0])
match y:
    case {"k": v}:
        print(id(v) == id(y["k"]))
match x:
    case list(whole):
        print(whole is x)
match x:
    case [*copy]:
        print(copy == x, copy is x, id(copy) == id(x))
