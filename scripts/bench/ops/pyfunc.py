# One operation, 300 000 times: a call of a Python function with one argument.
def g(a):
    return a
for i in range(300000):
    g(i)
