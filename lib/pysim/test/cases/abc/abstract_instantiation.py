# abc.ABC and @abstractmethod: ABCMeta.__new__ computes __abstractmethods__ (Modules/_abc.c), and
# object.__new__ refuses a class whose set is not empty, naming the methods in sorted order with
# each version's wording. The module itself was imported by CPython's start-up.
from abc import ABC, ABCMeta, abstractmethod
import abc, sys, gc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls in (Shape, Square):
    try:
        cls(2) if cls is Square else cls()
    except TypeError as e:
        print(e)

class Full(Square):
    def perimeter(self):
        return 4 * self.side

f = Full(3)
print(f.describe(), f.perimeter(), Full.__abstractmethods__)
print(isinstance(f, Shape), isinstance(3, Shape), issubclass(Full, Shape), issubclass(int, Shape))
print(type(Shape).__name__, type(Shape._abc_impl).__name__, Shape.area.__isabstractmethod__)
print(sys.getrefcount(Full), sys.getrefcount(f))
print(sys.getrefcount(abc))
