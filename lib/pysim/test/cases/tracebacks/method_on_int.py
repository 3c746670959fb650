# a traceback: the frames it lists (corpus records them since the tracebacks topic)
def f(x):
    return x.upper()
f(5)
