# an unbound free variable's NameError carries the name, so the traceback offers a suggestion
total = 0
def outer():
    def inner():
        return tota
    f = inner
    tota = 1
    del tota
    return f()
outer()
