x = 10
def f():
    global x
    del x
f()
print('x' in globals())
