import weakref
try:
    weakref.ref(5)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref([])
except TypeError as e:
    print('TypeError:', e)
