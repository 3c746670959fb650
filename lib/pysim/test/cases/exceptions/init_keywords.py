# Exception constructors and keywords: AttributeError(name=, obj=), NameError(name=) keep them,
# every other exception refuses keywords (BaseException_init), also through super().__init__
e = AttributeError("no attr", name="size", obj=[1, 2])
print(e.args, e.name, e.obj)
n = NameError("undefined", name="totl")
print(n.args, n.name)
for make in (lambda: ValueError("bad", code=1), lambda: AttributeError("m", nm=1), lambda: NameError("x", obj=1), lambda: KeyError("k", key="k")):
    try:
        make()
    except TypeError as err:
        print(err)
class AppError(Exception):
    pass
try:
    raise AppError("failed", code=2)
except TypeError as err:
    print(err)
class Missing(AttributeError):
    def __init__(self, what):
        super().__init__(f"missing {what}", name=what)
m = Missing("colour")
print(m.args, m.name, m.obj, str(m))
class Bad(ValueError):
    def __init__(self, msg):
        super().__init__(msg, hint="x")
try:
    Bad("oops")
except TypeError as err:
    print(err)
e2 = AttributeError("again", obj=5)
e2.__init__("reset")
print(e2.args, e2.name, e2.obj)
