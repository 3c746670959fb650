# compile() makes a code object once; exec and eval run it, each time in the namespaces given.
import sys
code = compile("total = a + b\nprint('ran', total)", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {'a': 1, 'b': 2}
exec(code, ns)
exec(code, {'a': 10, 'b': 20})
print(ns['total'], sorted(k for k in ns if k != '__builtins__'))
expr = compile("x * 2", "<expr>", "eval")
print(eval(expr, {'x': 21}), eval(compile("y = 1", "s", "exec")))
g, l = {}, {}
exec("def inner():\n    return 5\nv = inner()", g, l)
print(sorted(l), [k for k in g if k != '__builtins__'])
print(sys.getrefcount(code), sys.getrefcount(expr))
for bad in [lambda: compile("1", "f", "bad"), lambda: compile(1, "f", "exec"), lambda: compile("1", 5, "exec"),
            lambda: compile("1", "f"), lambda: compile("1", "f", "exec", 1 << 30)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
