# The objects an ABC holds: its _abc_impl (an _abc_data, tracked by the collector), the frozenset
# __abstractmethods__, and what isinstance checks add; reference counts and gc counts around them.
import abc, sys, gc

class Animal(abc.ABC):
    @abc.abstractmethod
    def speak(self): ...

class Dog(Animal):
    def speak(self):
        return "woof"

impl = Animal._abc_impl
print(type(impl).__name__, type(impl).__module__, gc.is_tracked(impl), sys.getrefcount(impl))
print(gc.is_tracked(Animal.__abstractmethods__), sys.getrefcount(Animal.__abstractmethods__))
print(Dog._abc_impl is not impl, sys.getrefcount(Animal), sys.getrefcount(Dog))
d = Dog()
print(sys.getrefcount(d), isinstance(d, Animal), sys.getrefcount(d), sys.getrefcount(Dog))
gc.collect()
before = gc.get_count()[0]
for _ in range(10):
    isinstance(d, Animal)
print(gc.get_count()[0] - before)
print(gc.collect())
del d, Dog
print(gc.collect())
print(sys.getrefcount(abc.ABCMeta) > 0, sys.getrefcount(abc))
