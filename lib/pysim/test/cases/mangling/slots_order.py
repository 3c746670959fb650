# Slots are laid out in sorted order of their mangled names: deleting an instance clears them in that order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class S:
    __slots__ = ("zeta", "__alpha", "beta", "_S__gamma2")

    def __init__(self):
        self.zeta = Noisy("zeta")
        self.__alpha = Noisy("__alpha")
        self.beta = Noisy("beta")
        self._S__gamma2 = Noisy("_S__gamma2")


print([k for k in S.__dict__ if not k.startswith("__")])
s = S()
del s
print("done")
