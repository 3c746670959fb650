# BaseException.add_note creates __notes__ (a tracked list in the instance dict) and appends
import sys, gc
e = ValueError('x')
print(hasattr(e, '__notes__'), e.__dict__)
note = 'first ' + str(len('ab'))
before = sys.getrefcount(note)
print(e.add_note(note), e.__notes__, e.__dict__)
print(sys.getrefcount(note) - before)
notes = e.__notes__
print(gc.is_tracked(notes), sys.getrefcount(notes))
e.add_note('second')
print(notes is e.__notes__, notes)
class S(str):
    pass
e.add_note(S('sub'))
print(type(e.__notes__[-1]).__name__, len(notes))
del e.__notes__
e.add_note('again')
print(e.__notes__, notes is e.__notes__, sys.getrefcount(notes))
