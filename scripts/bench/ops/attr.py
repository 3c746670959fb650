# One operation, 300 000 times: an instance attribute load.
class C: pass
c = C()
c.x = 1
for i in range(300000):
    c.x
