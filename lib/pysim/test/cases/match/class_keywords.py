class Order:
    def __init__(self, item, qty, paid):
        self.item = item
        self.qty = qty
        self.paid = paid

def status(o):
    match o:
        case Order(paid=False):
            return "awaiting payment"
        case Order(qty=0):
            return "empty order"
        case Order(item=name, qty=q) if q > 10:
            return f"bulk order of {name}"
        case Order(item=name):
            return f"order of {name}"

print(status(Order("pen", 1, False)))
print(status(Order("pen", 0, True)))
print(status(Order("ink", 50, True)))
print(status(Order("pad", 2, True)))
