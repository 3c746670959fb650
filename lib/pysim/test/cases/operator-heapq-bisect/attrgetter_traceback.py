from operator import attrgetter

class Item:
    def __init__(self, name):
        self.name = name

items = [Item('a'), Item('b')]
items.append('plain string')
names = list(map(attrgetter('name'), items))
print(names)
