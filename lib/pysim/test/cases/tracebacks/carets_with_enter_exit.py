# caret lines: errors of a `with` statement's __enter__ / __exit__ point at the `with` line
# (the whole statement on 3.11/3.12, the context expression from 3.13)
class Resource:
    def __init__(self, fail_exit):
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        if self.fail_exit:
            raise KeyError("exit failed")
        return False

class NotAManager:
    pass

def open_wrong():
    with NotAManager() as m:
        print(m)

def close_wrong():
    with Resource(True) as r:
        print("working")

def both_wrong():
    with Resource(False) as a, Resource(True) as b:
        print(1 / 0)

for fn in (open_wrong, close_wrong):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    with Resource(True):
        yield 1

for x in gen():
    print(x)
both_wrong()
