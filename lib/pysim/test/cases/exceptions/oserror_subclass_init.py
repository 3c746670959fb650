# a subclass with its own __init__ gets its arguments parsed by OSError.__init__ only
class Plain(OSError):
    pass

class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, 'missing', path)

class Quiet(OSError):
    def __init__(self, *args):
        pass

p = Plain(2, 'x', 'p.txt')
print(type(p).__name__, p.args, p.errno, p.filename, str(p))
w = WithInit('w.txt')
print(w.args, w.errno, w.strerror, w.filename, str(w))
q = Quiet(2, 'x', 'q.txt')
print(q.args, q.errno, q.filename, repr(str(q)))
print(isinstance(w, OSError), type(Plain(2, 'x')).__name__)
