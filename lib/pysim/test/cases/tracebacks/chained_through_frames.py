# a traceback: the frames it lists (corpus records them since the tracebacks topic)
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
def g():
    try:
        f(2)
    except ValueError:
        raise KeyError("wrapped")
g()
