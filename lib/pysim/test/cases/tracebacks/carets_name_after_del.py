# caret lines: a NameError after `del` points at the name
count = 3
print(count + 1)
del count
print(count + 1)
