match 3:
    case 1:
        pass
    case _:
        pass
    case 3:
        pass
