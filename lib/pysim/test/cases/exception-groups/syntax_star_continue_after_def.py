while True:
    try:
        pass
    except* ValueError:
        def g():
            return 1
        continue
