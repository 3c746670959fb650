# `global __g` in a method names the module global `_C__g`; module code itself never mangles.
__g = "module __g"
_C__g = "module _C__g"


class C:
    def read(self):
        return __g

    def write(self, v):
        global __g
        __g = v

    def missing(self):
        return __nowhere


print(C().read())
C().write("written")
print(__g, _C__g)
print(sorted(k for k in globals() if "g" in k and k.startswith("_")))
del _C__g
try:
    C().read()
except NameError as e:
    print("NameError:", e)
try:
    C().missing()
except NameError as e:
    print("NameError:", e)
