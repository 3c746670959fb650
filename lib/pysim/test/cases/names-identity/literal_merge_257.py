x = 257
y = 257
print(x is y)
