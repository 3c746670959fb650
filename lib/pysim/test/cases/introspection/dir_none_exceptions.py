# dir() of None and of exceptions; NoneType.__bool__ and BaseException.__setstate__
print(dir(None))
print(None.__bool__(), type(None).__bool__)
print(dir(ValueError('x')))
e = KeyError('k')
print(e.__setstate__({'note': 1, 'extra': 'y'}), e.note, e.extra)
print(e.__setstate__(None))
try:
    e.__setstate__(5)
except TypeError as err:
    print(err)
try:
    e.__setstate__({1: 2})
except TypeError as err:
    print(err)
print(sorted(set(dir(ValueError)) - set(dir(object))))
