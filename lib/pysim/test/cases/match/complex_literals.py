def k(v):
    match v:
        case 1+2j:
            return "one plus two j"
        case -1-1j:
            return "minus one minus j"
        case 0j:
            return "zero complex"
        case -3.5:
            return "minus three and a half"
    return "no"

for v in (1+2j, complex(-1, -1), 0, 0j, -3.5, 2):
    print(v, k(v))
