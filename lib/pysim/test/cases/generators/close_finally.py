# close() raises GeneratorExit at the paused yield: finally blocks and context managers run.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return False

def reader():
    try:
        with Resource('file') as r:
            for i in range(10):
                yield r.name + str(i)
    finally:
        print('finally in reader')

g = reader()
print(next(g), next(g))
print(g.close())
print(g.close())
print(list(g))

never = reader()
never.close()
print('closed an unstarted generator: nothing ran')

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring GeneratorExit')
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def catches():
    try:
        yield 1
    except GeneratorExit:
        print('cleaning up')
        raise
c = catches()
next(c)
c.close()
print('done')
