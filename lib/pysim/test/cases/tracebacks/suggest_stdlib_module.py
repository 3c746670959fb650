# A standard-library module used without its import: 3.12+ add "Or did you forget to import".
def refs(x):
    return sys.getrefcount(x)


print(refs.__name__)
refs([])
