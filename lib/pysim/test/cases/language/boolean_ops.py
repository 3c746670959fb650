print(0 or 'x', [] and 'y', None or [] or 0, 'a' and 'b')
print(not 0, not 'a', bool([0]), bool(0.0))
