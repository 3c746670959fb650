# Calling the type of a singleton gives back the singleton itself.
print(type(None)() is None)
print(type(...)() is ...)
print(type(NotImplemented)() is NotImplemented)
try:
    type(...)(1)
except TypeError as e:
    print(e)
try:
    type(NotImplemented)(x=1)
except TypeError as e:
    print(e)
