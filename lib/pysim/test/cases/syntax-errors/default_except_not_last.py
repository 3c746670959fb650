# A bare except: before another handler is a compile-time SyntaxError at that handler.
try:
    x = 1
except:
    pass
except ValueError:
    pass
