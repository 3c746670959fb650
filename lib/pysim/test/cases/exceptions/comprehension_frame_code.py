# the code and locals of the frame an exception leaves a comprehension from (3.11: its own
# <listcomp> / <dictcomp> frame with .0, free and cell variables; 3.12+: the enclosing function)
import sys
def g(xs):
    total = 10
    try:
        return [(lambda: x)() or 1 and total / x for x in xs]
    except ZeroDivisionError as e:
        fr = e.__traceback__.tb_next.tb_frame
        c = fr.f_code
        print(c.co_name, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_qualname, c.co_argcount)
        print(sorted(fr.f_locals), fr.f_lineno, sys.getrefcount(fr))
print(g([1, 0]))
def h(ys):
    base = 5
    try:
        return {y: base // y for y in ys}
    except ZeroDivisionError as e:
        fr = e.__traceback__.tb_next.tb_frame
        print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_code.co_freevars)
h([1, 0])
