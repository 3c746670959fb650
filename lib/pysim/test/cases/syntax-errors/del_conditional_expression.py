# `del` of an expression below a bitwise or: CPython's invalid_del_stmt names it
items = {"a": 1, "b": 2}
flag = True
del items["a"] if flag else items["b"]
