# f_locals of a finished frame shows its locals (a dict on 3.11/3.12, a FrameLocalsProxy on
# 3.13+), with the values they had when the frame finished.
def f(a, b=2):
    c = a + b
    try:
        d = [c]
        raise LookupError
    except LookupError as e:
        return e

e = f(1)
loc = e.__traceback__.tb_frame.f_locals
print(sorted(loc), loc['a'], loc['c'], loc['d'], 'e' in loc, len(loc))
print(e.__traceback__.tb_frame.f_globals is globals())
print(type(e.__traceback__.tb_frame.f_builtins).__name__)
