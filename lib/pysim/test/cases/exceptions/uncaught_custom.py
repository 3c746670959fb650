class MyError(Exception):
    pass
raise MyError('custom message', 42)
