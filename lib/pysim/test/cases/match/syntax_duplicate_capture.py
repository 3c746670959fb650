match [1, 2]:
    case [a, a]:
        print(a)
