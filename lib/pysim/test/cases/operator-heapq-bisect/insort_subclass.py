# insort calls the sequence's own insert(), so a list subclass sees it
import bisect

class LoggedList(list):
    def insert(self, index, value):
        print(f'insert({index}, {value!r})')
        super().insert(index, value)

ll = LoggedList([10, 20, 30])
bisect.insort(ll, 25)
bisect.insort_left(ll, 10)
bisect.insort(ll, 99, key=lambda v: v)
print(ll, type(ll).__name__)

class Box:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, v):
        print('Box.insert', i, v)
        self.items.insert(i, v)
b = Box()
for v in [3, 1, 2]:
    bisect.insort(b, v)
print(b.items)
