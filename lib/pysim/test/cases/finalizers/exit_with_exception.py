class A:
    def __del__(self):
        print('A finalized at exit')
a = A()
print('raising')
raise RuntimeError('fatal')
