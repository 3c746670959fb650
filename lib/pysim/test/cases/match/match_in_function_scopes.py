total = 0

def add(item):
    global total
    match item:
        case {"amount": total_part}:
            total += total_part
        case [*parts]:
            for p in parts:
                add(p)

add({"amount": 3})
add([{"amount": 4}, {"amount": 5}])
print(total)

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case (found, _):
                pass
    inner((1, 2))
    return found

print(outer())

def closure(v):
    match v:
        case [x]:
            return lambda: x * 2
    return None

print(closure([21])())
