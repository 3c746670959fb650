class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(s, '__dict__'), s.a)
try:
    s.b
except AttributeError as e:
    print('AttributeError:', e)
