class CM:
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, tp, val, tb):
        print('exit', tp.__name__ if tp else None)
        return True
with CM() as v:
    print('body', v)
with CM():
    raise ValueError('suppressed')
print('after')
