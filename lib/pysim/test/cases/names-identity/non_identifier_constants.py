a = 'hello world!'
b = 'hello world!'
print(a is b)
def f():
    return 'hello world!'
print(f() is a)
