# caret lines: a method call obj.m() and the failing line inside the method
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self.balance = self.balance - amount["value"]
        return self.balance
acct = Account(10)
print(acct.withdraw({"value": 3}))
print(acct.withdraw(5))
