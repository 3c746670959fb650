try:
    raise ValueError("ctx")
except ValueError:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ExceptionGroup("e", [TypeError(1)])])
