import functools

@functools.total_ordering
class Plain:
    def __init__(self, value):
        self.value = value
