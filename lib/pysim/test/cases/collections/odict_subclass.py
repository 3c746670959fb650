import sys, gc
from collections import OrderedDict

gc.collect()
class Playlist(OrderedDict):
    def play_next(self):
        title, length = self.popitem(last=False)
        self[title] = length
        return title

p = Playlist(intro=90, verse=120, outro=60)
p.owner = "sam"
print(p.play_next(), p.play_next(), list(p), p.owner, p.__dict__)
print(sys.getsizeof(Playlist()), sys.getsizeof(OrderedDict()), sys.getsizeof(p) == sys.getsizeof(OrderedDict(p)))
print(p, p == OrderedDict(outro=60, intro=90, verse=120))
p["self"] = p
del p
print("collected", gc.collect())
