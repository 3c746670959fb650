s = list(range(10))
print(s[2:5], s[::3], s[::-1], s[-3:], s[:-7], s[8:2:-2])
s[1:3] = ['x', 'y', 'z']
print(s)
print('hello'[1:4], 'hello'[::-1], (1, 2, 3)[1:])
