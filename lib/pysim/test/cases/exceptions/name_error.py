try:
    undefined_name
except NameError as e:
    print(e)
def f():
    return other_undefined
try:
    f()
except NameError as e:
    print(e)
