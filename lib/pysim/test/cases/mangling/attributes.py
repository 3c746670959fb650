# Private attributes: `self.__x` inside class C stores, loads, augments and deletes `_C__x`.
class C:
    def __init__(self):
        self.__secret = 1
        self.__secret += 10
        self.public = 2

    def reveal(self):
        return self.__secret

    def forget(self):
        del self.__secret


c = C()
print(sorted(vars(c)))
print(getattr(C, "__static_attributes__", "(no __static_attributes__ before 3.13)"))  # names as written
print(c.reveal(), c._C__secret)
c._C__secret = 5
print(c.reveal())
try:
    print(c.__secret)
except AttributeError as e:
    print("AttributeError:", e)
c.__secret = "outside"  # module level: no class, no mangling
print(sorted(vars(c)), c.reveal())
c.forget()
print(sorted(vars(c)))
try:
    c.reveal()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "_C__secret"), getattr(c, "__secret"))
setattr(c, "__plain", 3)  # setattr never mangles
print(sorted(vars(c)))
