# A suspended generator's frame owns its locals; they die when it finishes or is dropped.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def holder():
    a = Tracked('a')
    yield 1
    b = Tracked('b')
    yield 2
    print('end of body')

g = holder()
print('created')
print(next(g))
print(next(g))
print('exhausting')
print(next(g, 'exhausted'))
print('after exhaustion')

g2 = holder()
next(g2)
next(g2)
print('dropping suspended generator')
del g2
print('after drop')

g3 = holder()
print('dropping unstarted generator')
del g3
print('after unstarted drop')

def arg_holder(x):
    yield x.name
    yield 'second'
g4 = arg_holder(Tracked('arg'))
print(next(g4))
g4 = None
print('end')
