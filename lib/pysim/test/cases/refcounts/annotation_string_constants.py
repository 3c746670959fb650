# A string annotation is a constant: the parser arena holds the literal while the module runs, the
# annotations tuple in co_consts holds it (3.11 keeps it in co_consts a second time).
import sys
def f(a: 'list[int]', b: 'q r'): pass
ann = f.__annotations__['a']
print(sys.getrefcount(ann), sys.getrefcount(f.__annotations__['b']))
