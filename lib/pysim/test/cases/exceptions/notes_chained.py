# notes of a cause and of the exception it caused, each after its own message line
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note('inner note')
        raise
except ZeroDivisionError as z:
    e = RuntimeError('outer')
    e.add_note('outer note')
    print(z.__notes__)
    raise e from z
