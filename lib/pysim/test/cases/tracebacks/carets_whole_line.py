# caret lines: a failing expression that is the whole line gets no carets (3.13+ still mark a call)
def run():
    undefined_helper
run()
