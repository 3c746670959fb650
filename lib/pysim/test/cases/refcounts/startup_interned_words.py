# Common words are often already interned when a script starts: CPython's own identifiers
# and the names of the modules start-up loads. A constant equal to one of them is that
# static (3.11) or immortal (3.12+) object; a new word is an ordinary object.
import sys
for word in ['data', 'value', 'name', 'result', 'count', 'items', 'self', 'key']:
    print(word, sys.getrefcount(word) > 100000)
fresh = 'zebra_crossing_42'
print(sys.getrefcount(fresh))
