# a class defining __getattribute__ has it called for every attribute (slot_tp_getattr_hook),
# methods and getattr/hasattr included; its AttributeError falls back to __getattr__
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def hello(self):
        return "hi"
l = Logged()
l.a = 1
print(l.a)
print(l.hello())
print(l.__class__.__name__)
print(getattr(l, "a"))
print(hasattr(l, "zz"))
print(getattr(l, "zz", "dflt"))
class WithFallback:
    def __getattribute__(self, name):
        if name.startswith("x"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
w = WithFallback()
print(w.xyz, w.__class__.__name__)
class Loud(Logged):
    pass
Loud().hello()
