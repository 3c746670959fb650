# An uncaught NameError names the mangled variable, and suggests a mangled neighbour.
class Account:
    def balance(self):
        __total = 10
        __fees = 1
        return __totl - __fees


print(Account.balance.__code__.co_varnames)
Account().balance()
