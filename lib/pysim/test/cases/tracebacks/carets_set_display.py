# an unhashable item of a set display: BUILD_SET's position is the whole display
tags = ["a", "b"]
try:
    s = {*[[1]]}
except TypeError as e:
    print(e)
seen = {"x", tags}
