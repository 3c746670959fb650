# caret lines: a failing binary operator gets ~~~^~~~ (the operator under ^)
def total(a, b, c):
    return a + b * c
print(total(1, 2, 3))
print(total(1, "x", 2))
