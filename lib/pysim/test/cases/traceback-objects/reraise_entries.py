# `raise e` in an except block gives the frame a second traceback entry (at the raise line);
# a bare `raise` re-raises without adding one.
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e

def bare():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

for fn in (explicit, bare):
    try:
        fn()
    except ZeroDivisionError as err:
        lines = []
        tb = err.__traceback__
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(fn.__name__, lines)
