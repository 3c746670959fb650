# frame.clear() takes no arguments; the check comes before the frame's state is looked at
import sys
f = sys._getframe()
for call in (lambda: f.clear(1), lambda: f.clear(x=1), lambda: f.clear()):
    try:
        call()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
