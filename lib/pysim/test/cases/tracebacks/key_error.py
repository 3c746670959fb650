# a traceback: the frames it lists (corpus records them since the tracebacks topic)
d = {"a": 1}
print(d["b"])
