s = 'hi\n'
print(str(s), end='|')
print(repr(s))
print([s], (s,), {s: s})
