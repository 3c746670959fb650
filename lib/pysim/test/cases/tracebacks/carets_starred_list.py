# `*x` of a non-iterable in a list or tuple display: the caret spans the display
count = 3
try:
    t = (*count,)
except TypeError as e:
    print(e)
items = [0, *count]
