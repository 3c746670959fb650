# dir() of type, the descriptor types and the builtin function/method types
class C:
    def m(self):
        pass
for t in (type, property, staticmethod, classmethod, super, type(list.append), type([].append),
          type(object.__init__), type(object().__init__), type(C.m), type(C().m)):
    print(t.__name__, sorted(dir(t)))
