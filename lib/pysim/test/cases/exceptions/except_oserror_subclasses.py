# catching the OSError subclasses by class, by tuple and by base
def fail(kind):
    if kind == 'missing':
        raise FileNotFoundError(2, 'No such file or directory', 'data.csv')
    if kind == 'denied':
        raise PermissionError(13, 'Permission denied', '/etc/shadow')
    if kind == 'pipe':
        raise BrokenPipeError('pipe closed')
    raise TimeoutError('slow')

for kind in ['missing', 'denied', 'pipe', 'slow']:
    try:
        fail(kind)
    except (FileNotFoundError, PermissionError) as e:
        print('file problem:', e, e.errno)
    except ConnectionError as e:
        print('connection:', type(e).__name__, e)
    except OSError as e:
        print('os error:', type(e).__name__, e)
raise TimeoutError("slow")
