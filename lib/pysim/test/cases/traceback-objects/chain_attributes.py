# A traceback has one entry per frame the exception passed through, outermost first:
# tb_next goes inwards, tb_frame is the frame, tb_lineno the line the frame was at.
def inner():
    raise KeyError('k')

def middle():
    inner()

def outer():
    try:
        middle()
    except KeyError as e:
        return e

e = outer()
tb = e.__traceback__
while tb is not None:
    f = tb.tb_frame
    print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_back.f_code.co_name if f.f_back else None)
    tb = tb.tb_next
print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
