# caret lines: every caller's entry points at the call it is in (3.13+: ~^^^ call anchors)
def inner(v):
    return v[3]
def middle(v):
    return 10 + inner(v)
def outer():
    result = middle([1, 2])
    return result
x = outer()
