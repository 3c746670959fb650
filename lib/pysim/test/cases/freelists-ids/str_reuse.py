s = ''.join(['ab', 'cd'])
i = id(s)
del s
t = ''.join(['ef', 'gh'])
print(id(t) == i)
