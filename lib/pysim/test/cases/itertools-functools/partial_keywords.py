import functools

def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'

hello = functools.partial(greet, 'Hello', punct='.')
print(hello('Ann'))
print(hello('Bob', punct='?'))
print(hello.keywords, hello.args)
p2 = functools.partial(hello, 'Cy', punct=';')
print(p2(), p2.func is greet, p2.args, p2.keywords)
try:
    functools.partial()
except TypeError as e:
    print(e)
try:
    functools.partial(3)
except TypeError as e:
    print(e)
