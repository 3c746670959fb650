import gc
gc.collect()
class N:
    pass
head = N()
cur = head
for i in range(5):
    cur.next = N()
    cur = cur.next
cur.next = head
del head, cur
print(gc.collect())
