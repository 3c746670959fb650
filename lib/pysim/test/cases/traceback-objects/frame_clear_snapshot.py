# a finished frame's f_locals read before frame.clear(): on 3.11/3.12 the snapshot dict the
# frame keeps still holds the values; on 3.13+ f_locals is a view and the values die in clear()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    x = T('x')
    y = [T('in list')]
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

err = f()
fr = err.__traceback__.tb_frame
loc = fr.f_locals
print(sorted(loc))
fr.clear()
print('cleared')
print(sorted(fr.f_locals))
print(sorted(loc))
del loc
print('end')
