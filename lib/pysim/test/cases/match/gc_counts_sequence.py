import gc
t = (1, 2, 3)
l = [1, 2, 3]
gc.collect()
print(gc.get_count())
match t:
    case (a, b, c):
        print(gc.get_count())
match l:
    case [first, *rest]:
        print(gc.get_count())
match range(3):
    case [x, y, z]:
        print(gc.get_count())
