def work():
    errors = []
    for i, exc in enumerate([ValueError("bad value"), TypeError("bad type"), KeyError("missing")]):
        try:
            raise exc
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("work failed", errors)

def run():
    try:
        work()
    except* ValueError as eg:
        print("handled", repr(eg))
    except* KeyError:
        raise RuntimeError("key handler failed")

run()
