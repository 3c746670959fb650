# A SyntaxError keeps where the error is: msg, filename, lineno, offset, text, end_lineno, end_offset.
e = SyntaxError("bad thing", ("f.py", 3, 5, "x = (", 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(SyntaxError("plain"), SyntaxError().msg, SyntaxError("a", "b", "c").msg)
print(SyntaxError("m", ("/dir/g.py", None, None, None)), SyntaxError("m", (None, 7, None, None)))
try:
    compile("x = (1,\n", "mine.py", "exec")
except SyntaxError as err:
    print(err)
    print(err.msg, err.filename, err.lineno, repr(err.text))
    print(err.args[0], err.args[1][:2])
try:
    exec("if True:\nprint(1)")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno, err.filename)
for bad in [("m", (1, 2)), ("m", ("f", 1, 2, "t", 3))]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print(e)
err = SyntaxError("x")
err.lineno = 4
print(err, err.lineno)
