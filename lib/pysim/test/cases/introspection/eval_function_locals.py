# exec() and eval() given no namespaces inside a function run in its locals: the frame's f_locals
# dict on 3.11/3.12 (the one locals() returns), a new snapshot on 3.13+ (PEP 667).
import sys
def f(x):
    a = [1]
    b = 'two'
    print(sorted(eval('locals()')), eval('a + [x]'), eval('vars()') is eval('locals()'))
    exec('c = a * 2')
    print(sorted(locals()), 'c' in locals())
    exec('a = 99')
    print(a, eval('a'))
    print(sys.getrefcount(a))
    r = eval('sys.getrefcount(a)')
    print(r)
    def inner():
        return b
    print(sorted(eval('locals()')), inner())
    return eval('[x for x in range(3)]')
print(f(5))
def g():
    d = eval('locals()')
    d['zz'] = 1
    return sorted(locals()), sorted(d)
print(g())
class C:
    q = 1
    print(sorted(eval('locals()')))
print(eval('__name__'), sorted(k for k in eval('locals()') if not k.startswith('_')))
def h():
    exec('import math')
    return 'math' in locals()
print(h())
