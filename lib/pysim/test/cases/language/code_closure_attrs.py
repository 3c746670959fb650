# Code object and generator attributes: co_varnames (parameters, then locals in first-use order,
# cells only when parameters), co_cellvars, co_freevars (sorted), co_argcount..., closure cells'
# cell_contents, gi_running and gi_code. 3.12+ cache the name tuples in the code object.
import sys
def outer(a, b=2, *args, c, **kw):
    y = 1
    x = 2
    def inner(z):
        w = z + 1
        return y + x + w
    return inner
f = outer(1, c=3)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_freevars, code.co_cellvars, code.co_nlocals)
oc = outer.__code__
print(oc.co_varnames, oc.co_cellvars, oc.co_argcount, oc.co_kwonlyargcount, oc.co_posonlyargcount, oc.co_nlocals)
print([cell.cell_contents for cell in f.__closure__], type(f.__closure__[0]).__name__)
def k(p, q, /, r):
    [i * 2 for i in q]
    t = 1
    def uses(): return (p, t)
    for j in q: pass
    return uses
print(k.__code__.co_varnames, k.__code__.co_cellvars, k.__code__.co_posonlyargcount, k.__code__.co_nlocals)
print(sys.getrefcount(oc.co_varnames), oc.co_varnames is oc.co_varnames, oc.co_cellvars == oc.co_cellvars)
print((lambda m, n: m).__code__.co_varnames, (lambda: 0).__code__.co_name)
def gen():
    yield gen_obj.gi_running
    yield 2
gen_obj = gen()
print(gen_obj.gi_running, gen_obj.gi_code is gen.__code__, gen_obj.gi_code.co_name)
print(next(gen_obj), list(gen_obj), gen_obj.gi_running)
