# repr() of a live and a dead proxy (addresses replaced: they differ from run to run)
import weakref


class Account:
    pass


acct = Account()
p = weakref.proxy(acct)
f = weakref.proxy(Account)
print(repr(p).replace(hex(id(p)), "P").replace(hex(id(acct)), "O"))
print(repr(f).replace(hex(id(f)), "P").replace(hex(id(Account)), "O"))
del acct
print(repr(p).replace(hex(id(p)), "P").rsplit(" at 0x", 1)[0])
