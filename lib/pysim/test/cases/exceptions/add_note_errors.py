# add_note's argument errors, and a __notes__ that is not a list
e = ValueError('x')
for note in [3, None]:
    try:
        e.add_note(note)
    except TypeError as t:
        print('TypeError:', t)
try:
    e.add_note()
except TypeError as t:
    print('TypeError:', t)
try:
    e.add_note('a', 'b')
except TypeError as t:
    print('TypeError:', t)
try:
    e.add_note(note='k')
except TypeError as t:
    print('TypeError:', t)
for bad in [('t',), 'text', None]:
    e.__notes__ = bad
    try:
        e.add_note('z')
    except TypeError as t:
        print('TypeError:', t, e.__notes__)
try:
    BaseException.add_note(1, 'x')
except TypeError as t:
    print('TypeError:', t)
class P(Exception):
    @property
    def __notes__(self):
        raise KeyError('no notes')
try:
    P().add_note('y')
except KeyError as k:
    print('KeyError:', k)
