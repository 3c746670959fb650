# An exception that passed through several frames keeps all of them alive: each frame's locals
# are freed when the exception (and so its traceback) goes away, innermost frame first.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)

def level3():
    c = Tracked('c')
    raise OSError('deep')

def level2():
    b = Tracked('b')
    level3()

def level1():
    a = Tracked('a')
    level2()

try:
    level1()
except OSError as e:
    err = e
print('caught; locals alive')
del err
print('end')
