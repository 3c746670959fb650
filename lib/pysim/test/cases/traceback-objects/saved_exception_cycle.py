# Saving a caught exception in a local makes a cycle: exception -> traceback -> frame -> locals
# -> exception. The frame's locals stay alive after the call returns, until the collector runs.
import gc

class Tracked:
    def __del__(self):
        print('Tracked freed')

def work():
    big = Tracked()
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    print('leaving work')

gc.collect()
gc.disable()
work()
print('after the call')
print('collected', gc.collect())
print('end')
