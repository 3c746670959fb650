# caret lines: the failing subscript of a chain gets ~~~~^^^^^ (its brackets under ^)
def lookup(d):
    return d["a"]["b"] + 1
x = {"a": {"c": 1}}
print(lookup(x))
