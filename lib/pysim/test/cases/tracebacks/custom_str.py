# a traceback: the frames it lists (corpus records them since the tracebacks topic)
class E(Exception):
    def __str__(self):
        return "custom message"
raise E()
