# a __del__ that raises: its traceback shows the source line while the program runs, but not at
# interpreter shutdown, once the modules are gone (tb_displayline cannot import io any more)
class Bad:
    def __del__(self):
        raise ValueError('in del ' + self.n)
now = Bad()
now.n = 'now'
del now
print('running')
at_exit = Bad()
at_exit.n = 'at exit'
