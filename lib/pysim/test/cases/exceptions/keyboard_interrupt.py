# An uncaught KeyboardInterrupt prints its traceback, then the process ends by SIGINT: status 130.
def work():
    raise KeyboardInterrupt('stop')

print('working')
work()
