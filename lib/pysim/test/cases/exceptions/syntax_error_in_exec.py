# An uncaught SyntaxError from exec() shows the traceback up to the exec call, then where in the
# string the error is.
source = "total = (1 +\n"
print("before")
exec(source)
