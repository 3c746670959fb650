# an uncaught KeyError inside a set comprehension (3.11: a <setcomp> frame)
d = {'a': 1}
keys = ['a', 'b']
s = {d[k] for k in keys}
