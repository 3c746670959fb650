def f():
    try:
        return 1
    finally:
        print('cleanup')
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('i', i)
        finally:
            print('fin', i)
print(f())
g()
