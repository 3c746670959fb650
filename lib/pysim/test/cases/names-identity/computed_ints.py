a = 1000
b = 999 + 1
print(a == b)
n = 10
print(n * 100 is n * 100)
print(n * 10 is n * 10)
