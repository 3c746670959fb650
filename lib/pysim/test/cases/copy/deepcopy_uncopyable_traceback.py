# deepcopy of a list holding a generator: the TypeError is raised inside copy.py,
# and the traceback shows copy.py's own lines.
import copy

def numbers():
    yield 1

box = [1, numbers()]
print(copy.copy(box)[0])
copy.deepcopy(box)
