# An __exit__ that raises when the block ends normally (or through return) is called from the
# line of the `with` statement, not from the last line of the block.
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        raise RuntimeError("cleanup failed")

def use():
    with Resource() as r:
        total = 1
        return total

try:
    use()
except RuntimeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)

try:
    with Resource():
        a = 1
        b = 1 / 0
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__traceback__.tb_lineno)

with Resource(), \
     Resource():
    x = 1
    y = 2
