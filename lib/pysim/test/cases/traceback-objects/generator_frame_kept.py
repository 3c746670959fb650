# An exception raised inside a generator keeps the generator's frame and its locals alive
# after the generator has finished, through the traceback, until the exception goes.
class Tracked:
    def __del__(self):
        print('Tracked freed')

def gen():
    t = Tracked()
    yield 1
    raise ValueError('in generator')

g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    err = e
print('generator finished')
del g
print('generator dropped')
print([tb.tb_frame.f_code.co_name for tb in [err.__traceback__, err.__traceback__.tb_next]])
err = None
print('end')
