class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'virtual ' + name
g = G()
print(g.real, g.other, getattr(g, 'x'), hasattr(g, 'y'))
