# __subclasses__() of a builtin type: the builtin subclasses type_ready registered at start-up
# come first (bool under int; exceptions alphabetically), then classes in creation order.
# Filtered to builtins and __main__: start-up imports add stdlib classes on some builds.
import gc

def subs(t):
    return [c.__name__ for c in t.__subclasses__() if c.__module__ in ('builtins', '__main__')]

print(subs(int), int.__subclasses__()[0] is bool, subs(bool))
print(subs(LookupError), subs(ArithmeticError))
print(subs(ImportError), subs(NameError), subs(ValueError))

class MyInt(int):
    pass

class MyLookup(LookupError):
    pass

class Other(KeyError):
    pass

print(subs(int))
print(subs(LookupError), subs(KeyError))
del MyLookup, Other
gc.collect()
print(subs(LookupError), subs(KeyError))
