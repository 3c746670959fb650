# `def __helper` in a class body binds `_C__helper`; the function keeps its own name.
class C:
    def __helper(self):
        return "helper"

    def run(self):
        return self.__helper()

    @staticmethod
    def __static():
        return "static"

    @classmethod
    def __build(cls):
        return cls.__static()

    def go(self):
        return self.__build()


print([k for k in C.__dict__ if "helper" in k or "static" in k or "build" in k])
f = C._C__helper
print(f.__name__, f.__qualname__, f.__code__.co_name)
c = C()
print(c.run(), c.go(), c._C__helper())
try:
    c.__helper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.__static()
except AttributeError as e:
    print("AttributeError:", e)
print(type(C.__dict__["_C__static"]).__name__, type(C.__dict__["_C__build"]).__name__)
