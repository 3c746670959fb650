def f():
    a = 1000
    b = 1000
    return a is b
print(f())
def g():
    return 1000
print(g() is g())
