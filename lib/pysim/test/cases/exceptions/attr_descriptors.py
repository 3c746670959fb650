# BaseException's own attributes are data descriptors of the class (getset, and a member for
# __suppress_context__), so an entry of the same name in the instance __dict__ does not shadow them
for n in ['args', '__cause__', '__context__', '__suppress_context__', '__traceback__', '__dict__']:
    print(n, BaseException.__dict__[n])
e = ValueError('x')
e.__dict__['args'] = 'shadow'
e.__dict__['__cause__'] = 'shadow'
print(e.args, e.__cause__, sorted(vars(e)))
print(sorted(n for n in dir(e) if not n.startswith('__') or n in ('__cause__', '__context__', '__dict__', '__suppress_context__', '__traceback__')))
