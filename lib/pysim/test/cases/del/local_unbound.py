def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
