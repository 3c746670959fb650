class Keys:
    A = "a"
    B = "a"

match {"a": 1, "b": 2}:
    case {Keys.A: 1, Keys.B: 1}:
        print("matched")
