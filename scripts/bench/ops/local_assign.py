# One operation, 300 000 times: a local variable load and store inside a function.
def f():
    x = 0
    for i in range(300000):
        y = x
f()
