# A function's attributes as dir() lists them, and the slot wrappers __call__ and __get__
def area(w, h=2):
    return w * h


print(dir(area))
print([n for n in dir(len) if n != "__text_signature__"])
print(area.__call__(3), area.__call__(w=1, h=5), area.__get__(4)(), area.__get__(None, int) is area)
print(type(area.__call__).__name__, type(area.__get__(4)).__name__, len.__call__("abc"))
print(area.__builtins__ is __builtins__.__dict__, area.__globals__ is globals())
try:
    area.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
