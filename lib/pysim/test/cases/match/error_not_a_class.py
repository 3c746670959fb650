def check(v):
    match v:
        case len():
            return "len?"
    return "no"

print(check(1))
