class C:
    pass

match C():
    case C(x=1, 2):
        pass
