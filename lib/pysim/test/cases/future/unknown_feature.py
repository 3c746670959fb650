"""Only the features Lib/__future__.py lists exist."""
from __future__ import division, nonsense, annotations
