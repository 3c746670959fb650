# none of BaseException's own attributes can be deleted
e = KeyError('k')
for name in ['__cause__', '__context__', '__traceback__', 'args', '__suppress_context__', '__dict__']:
    try:
        delattr(e, name)
        print(name, 'deleted')
    except (TypeError, AttributeError) as err:
        print(name, type(err).__name__, err)
e.note = 1
del e.note
print(hasattr(e, 'note'), e.args)
