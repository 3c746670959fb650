# caret lines: `raise ... from e`, the cause's traceback and the new one, both with carets
def convert(text):
    return int(text) + 1
def load(items):
    try:
        return [convert(t) for t in items]
    except ValueError as e:
        raise RuntimeError("bad item") from e
print(load(["1", "2"]))
print(load(["1", "x"]))
