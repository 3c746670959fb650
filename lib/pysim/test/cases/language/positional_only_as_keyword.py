# Parameters before / are positional-only: passing them by name is an error
# that lists all of them; with **kwargs, the name lands in the dict instead.
def area(w, h, /, scale=1):
    return w * h * scale
print(area(2, 3), area(2, 3, scale=2))
for kw in [{"w": 2, "h": 3}, {"h": 3, "w": 2, "scale": 1}, {"x": 1}]:
    try:
        area(**kw)
    except TypeError as e:
        print(e)
try:
    area(1, h=3)
except TypeError as e:
    print(e)
def tag(name, /, **attrs):
    return name, attrs
print(tag("div", name="main"))
