class Box:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

def check(b):
    match b:
        case Box(width=w, height=h):
            return f"{w}x{h}"
        case Box(width=w):
            return f"width only {w}"
        case Box():
            return "no size"

print(check(Box(width=2, height=3)))
print(check(Box(width=5)))
print(check(Box(depth=1)))
