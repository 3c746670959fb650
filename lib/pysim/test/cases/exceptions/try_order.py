def f():
    try:
        print('try')
        return 'from try'
    finally:
        print('finally')
print(f())
try:
    print('body')
except Exception:
    print('except')
else:
    print('else')
finally:
    print('finally 2')
