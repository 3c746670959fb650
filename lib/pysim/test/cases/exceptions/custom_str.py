class E(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e))
raise E('x')
