# The exit status comes from the exception's code attribute, which a handler may have changed.
class Stop(SystemExit):
    pass

e = Stop(7)
e.code = 9
print(e.code, e.args)
raise e
