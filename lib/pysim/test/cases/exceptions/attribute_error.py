class C:
    pass
try:
    C().missing
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    None.append(1)
except AttributeError as e:
    print(e)
