x = 'outer'
l = [x for x in range(3)]
print(x, l)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
