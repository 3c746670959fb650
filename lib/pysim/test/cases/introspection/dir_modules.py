# dir() of a module lists its namespace only (module_dir), not the attributes of its type
import sys
import gc
print([n for n in dir(gc) if not n.startswith('__')])
print('__eq__' in dir(sys), '__class__' in dir(sys), '__name__' in dir(sys))
print(dir(sys) == sorted(sys.__dict__))
