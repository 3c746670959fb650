# The _Feature object `from __future__ import annotations` binds is held by the __future__
# module's namespace and by the name it was bound to.
from __future__ import annotations
import sys
print(sys.getrefcount(annotations))
ann = annotations
print(sys.getrefcount(annotations))
del ann
import __future__
print(sys.getrefcount(annotations), __future__.annotations is annotations)
