# types.MappingProxyType: a read-only view of a dict, the same type as a class's __dict__.
import sys
import types

settings = {"debug": False, "level": 3}
view = types.MappingProxyType(settings)
print(type(view), type(view) is type(int.__dict__), view)
print(view["level"], view.get("missing", "-"), len(view), list(view), "debug" in view)
settings["level"] = 4
print(view["level"], view == settings, view.copy() is settings)
print(sys.getrefcount(settings))
try:
    view["debug"] = True
except TypeError as e:
    print("TypeError:", e)
for bad in ([1, 2], 42):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
del view
print(sys.getrefcount(settings))
