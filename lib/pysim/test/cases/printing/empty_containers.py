print([], (), {}, set(), '', (1,), [[]])
print(repr(''), str(()), len([[], []]))
