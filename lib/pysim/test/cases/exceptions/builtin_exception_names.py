# every builtin exception class (except the exception groups) and its base, as dir(builtins) lists them
import builtins
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException) and 'Group' not in name:
        print(name, obj.__name__, obj.__base__.__name__)
