# type's own attributes: the getsets in type.__dict__, __instancecheck__, __subclasscheck__, |, __type_params__
class A:
    pass
class B(A):
    "B(x, y)\n--\n\nA B."
for name in ("__name__", "__qualname__", "__module__", "__bases__", "__base__", "__mro__", "__dict__",
             "__basicsize__", "__abstractmethods__", "__text_signature__", "__instancecheck__", "__or__"):
    print(name, type(type.__dict__[name]).__name__)
print(B.__name__, B.__qualname__, B.__module__, B.__bases__, B.__base__, B.__mro__, B.__text_signature__, A.__text_signature__)
print(type.__dict__["__name__"].__get__(B), type.__dict__["__mro__"].__get__(int))
print(type.__instancecheck__(A, B()), type.__instancecheck__(B, A()), type.__subclasscheck__(A, B), type.__subclasscheck__(int, bool))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, None), type.__or__(int, 1), int | str)
print(hasattr(A, "__abstractmethods__"), hasattr(type, "__abstractmethods__"), hasattr(int, "__abstractmethods__"))
A.__abstractmethods__ = frozenset({"f"})
print(A.__abstractmethods__)
for call in [lambda: int.__abstractmethods__, lambda: type.__instancecheck__(int), lambda: type.__subclasscheck__(int, 1), lambda: type.__or__(int)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
