# Without keeping the exception, the traceback dies at the end of the except block and the
# frame's locals are freed when the function returns: nothing is left for the collector.
import gc

class Tracked:
    def __del__(self):
        print('Tracked freed')

def work():
    big = Tracked()
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('caught', type(e).__name__)
    print('leaving work')

gc.collect()
gc.disable()
work()
print('after the call')
print('collected', gc.collect())
