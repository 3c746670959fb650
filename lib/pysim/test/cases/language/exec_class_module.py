# a class body's __module__ comes from __name__ by LOAD_NAME: globals, else builtins.__name__
g = {}
exec("class B:\n    pass\ndef f():\n    pass\n", g)
B = g['B']
print(B.__module__, g['f'].__module__, B, '__name__' in g)
print(B.__dict__['__module__'] is __builtins__.__name__)
g2 = {'__name__': 'mymod'}
exec("class C:\n    pass\n", g2)
print(g2['C'].__module__, g2['C'])
class D:
    pass
print(D.__module__)
