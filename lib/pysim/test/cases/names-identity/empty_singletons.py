a = ()
b = tuple()
c = tuple([])
print(a is b, b is c)
s = ''
t = str()
u = 'abc'[3:]
print(s is t, t is u)
e = b''
print(e is bytes())
