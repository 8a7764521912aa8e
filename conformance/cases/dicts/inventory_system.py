# A warehouse inventory: get with defaults, setdefault, update, pop, and a KeyError for a missing SKU.
stock = {"A100": 12, "B200": 0, "C300": 45}
prices = {"A100": 9.99, "B200": 24.5, "C300": 1.25}


def receive(sku, qty):
    stock[sku] = stock.get(sku, 0) + qty


def ship(sku, qty):
    if stock[sku] < qty:
        raise ValueError(f"only {stock[sku]} of {sku} left")
    stock[sku] -= qty


receive("A100", 8)
receive("D400", 5)
ship("C300", 40)
print(stock)
try:
    ship("B200", 1)
except ValueError as e:
    print("ValueError:", e)
prices.setdefault("D400", 3.0)
prices.setdefault("A100", 0.0)
print(prices)
value = {sku: round(qty * prices[sku], 2) for sku, qty in stock.items()}
print(value, round(sum(value.values()), 2))
out_of_stock = [sku for sku, qty in stock.items() if qty == 0]
print("out of stock:", out_of_stock)
removed = stock.pop("B200")
print(removed, stock.pop("ZZZ", "none"), stock)
stock.update({"A100": 100, "E500": 1}, F600=2)
print(stock, len(stock), "E500" in stock, 100 in stock)
print(sorted(stock, key=stock.get, reverse=True))
ship("Z999", 1)
