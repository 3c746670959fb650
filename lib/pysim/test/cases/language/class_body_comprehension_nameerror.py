# An uncaught NameError from a comprehension reading a class-level name in the class body.
class K:
    a = 1
    b = [i for i in range(2)]
    c = [a for i in range(2)]
