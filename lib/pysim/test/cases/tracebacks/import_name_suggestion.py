# 3.12+: a misspelt name in `from module import name` gets a suggestion taken
# from dir(module) when the ImportError is printed.
try:
    from sys import getrefcont
except ImportError as e:
    print(e)
from gc import colect
