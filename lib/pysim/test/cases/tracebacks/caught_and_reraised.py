# an exception caught in one frame, re-raised with a bare raise, and escaping through its caller
def inner():
    return {}["missing"]
def middle():
    try:
        inner()
    except KeyError:
        print("seen in middle")
        raise
def outer():
    middle()
outer()
