import sys
payload = object()
box = [payload, [payload]]
print(sys.getrefcount(payload))
match box:
    case [p, [q]]:
        print(sys.getrefcount(payload), p is q is payload)
print(sys.getrefcount(payload))
del p, q
print(sys.getrefcount(payload))

def inner():
    match box:
        case [local, _]:
            return sys.getrefcount(local)
print(inner())
