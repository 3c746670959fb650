import gc
import itertools

for it in [itertools.count(), itertools.repeat(1), itertools.chain(), itertools.cycle(''),
           itertools.islice('', 1), itertools.tee('')[0], itertools.product('a')]:
    print(type(it).__name__, gc.is_tracked(it))
