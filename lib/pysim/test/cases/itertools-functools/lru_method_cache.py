import functools

class Account:
    def __init__(self, rate):
        self.rate = rate

    @functools.lru_cache(maxsize=4)
    def interest(self, amount):
        return amount * self.rate

    @functools.cache
    def doubled(self):
        return self.rate * 2

acct = Account(3)
print(acct.interest(10), acct.interest(10), Account.interest.cache_info())
print(acct.doubled(), acct.doubled(), Account.doubled.cache_info())
print(type(Account.interest).__name__, Account.interest.__qualname__)
print(type(acct.interest).__name__, acct.interest.__self__ is acct)
