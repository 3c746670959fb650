# a variable a nested function reads lives in a cell: deleting it when unbound is an
# UnboundLocalError in its own function, a NameError naming it in the function that reads it
def f():
    y = 1
    def g():
        return y
    del y
    try:
        del y
    except NameError as e:
        print(type(e).__name__, e, e.name)
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e, e.name)
f()
