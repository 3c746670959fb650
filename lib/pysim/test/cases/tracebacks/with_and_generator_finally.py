# a traceback: the frames it lists (corpus records them since the tracebacks topic)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
        return False
def gen():
    try:
        yield 1
        raise KeyError("in gen")
    finally:
        print("gen finally")
def f():
    with CM():
        x = 1
        raise ValueError("in with")
try:
    f()
except ValueError:
    pass
for v in gen():
    pass
