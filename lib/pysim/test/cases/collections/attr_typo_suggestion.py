# a misspelt collections name: the suggestion knows the names loaded on first use (Counter, namedtuple)
import collections
print(collections.deque([1]))
c = collections.Countr("hello")
