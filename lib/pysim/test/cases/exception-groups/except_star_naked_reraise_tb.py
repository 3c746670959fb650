def f():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)
        raise
def h():
    try:
        f()
    except* ValueError as e:
        print("h got", repr(e))
        raise TypeError("from handler")
h()
