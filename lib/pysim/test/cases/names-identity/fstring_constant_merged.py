# an f-string with no replacement field is just its text: the same merged constant as an equal
# string literal (the parser arena holds one object per literal)
import sys
x = 'a c'
y = f'a c'
print(x is y, sys.getrefcount(x))
def g():
    return f'a c'
empty = ''
print(g() is x, f'{x}' is x, f'' is empty)
