# a traceback: the frames it lists (corpus records them since the tracebacks topic)
class A:
    def __init__(self):
        self.x = 1
a = A()
print(a.y)
