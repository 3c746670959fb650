# An exception class whose __module__ is not a str prints as <unknown>.Name when uncaught
class Odd(Exception):
    pass


Odd.__module__ = 42
print(Odd, repr(Odd("x")))
raise Odd("module is an int")
