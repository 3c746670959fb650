# a traceback: the frames it lists (corpus records them since the tracebacks topic)
x = [1, 2, 3]
for i in range(5):
    print(x[i])
