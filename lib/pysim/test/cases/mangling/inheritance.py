# A subclass's `self.__secret` is `_Child__secret`: the parent's private attribute stays apart.
class Base:
    def __init__(self):
        self.__secret = "base"

    def base_view(self):
        return self.__secret


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def child_view(self):
        return self.__secret

    def peek(self):
        return self.__hidden


ch = Child()
print(sorted(vars(ch)))
print(ch.base_view(), ch.child_view(), ch._Base__secret)
del ch._Child__secret
print(ch.base_view())
ch._Base__hidden = 1
ch.peek()
