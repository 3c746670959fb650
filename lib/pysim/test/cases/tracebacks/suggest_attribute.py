# An uncaught AttributeError for a misspelt method or attribute names the closest one.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account("ada")
acct.deposit(5)
print(acct.balance)
acct.depositt(5)
