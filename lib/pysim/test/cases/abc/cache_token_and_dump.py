# abc.get_cache_token() counts every register() since start-up, CPython's own start-up included
# (collections.abc registers the builtin types); _get_dump copies the registry and the caches (sets
# of weak references, whose repr names the referent's type: %T on 3.13+).
import abc

print(abc.get_cache_token())
class Shape(metaclass=abc.ABCMeta):
    pass
class Circle:
    pass
Shape.register(Circle)
print(abc.get_cache_token(), isinstance(Circle(), Shape), issubclass(int, Shape))
class Square(Shape):
    pass
print(issubclass(Square, Shape))
def show(cls):
    registry, cache, negative, version = abc._get_dump(cls)
    for name, s in (("registry", registry), ("cache", cache), ("negative", negative)):
        print(name, sorted(r().__name__ for r in s), [repr(r).split(";")[1].split(" at ")[0] for r in s])
    print("version", version == abc.get_cache_token())
show(Shape)
Shape._abc_caches_clear()
Shape._abc_registry_clear()
show(Shape)
print(isinstance(Circle(), Shape))
