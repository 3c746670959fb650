import functools

class Sensor:
    __slots__ = ('raw',)

    def __init__(self, raw):
        self.raw = raw

    @functools.cached_property
    def calibrated(self):
        return self.raw * 2

print(Sensor(4).calibrated)
