# a traceback: the frames it lists (corpus records them since the tracebacks topic)
try:
    raise ValueError("a")
finally:
    print("finally runs")
