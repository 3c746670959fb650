from collections import OrderedDict

class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache.get("a"), list(cache.data))
cache.put("d", "D")
cache.put("b", "B")
print(cache.data)
print(cache.get("zzz"), cache.get("c"), list(cache.data.keys()))
