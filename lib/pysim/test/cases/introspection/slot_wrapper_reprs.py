# the reprs of slot wrappers, method descriptors and the builtin methods of classes
print(object.__init__)
print(object.__eq__, object.__lt__, object.__hash__)
print(object.__repr__, object.__str__, object.__setattr__, object.__getattribute__, object.__delattr__)
print(object.__sizeof__, object.__reduce_ex__, object.__format__, object.__dir__, object.__getstate__)
print(list.__setitem__, list.__len__, list.__iter__, list.__repr__)
print(list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__)
print(list.append, dict.get, str.join)
print(int.__add__, int.__radd__, float.__mul__, str.__add__, tuple.__len__)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
class A:
    pass
print(A.__init__, A.__eq__, A.__repr__, A.__hash__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(object.__init_subclass__ == A.__init_subclass__, object.__subclasshook__(), object.__new__ is A.__new__)
