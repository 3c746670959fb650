# an uncaught exception prints each note after its message line, a multi-line note line by line
def f():
    e = ValueError('bad value')
    e.add_note('note one')
    e.add_note('line a\nline b')
    raise e
f()
