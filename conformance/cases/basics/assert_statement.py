# assert with and without messages inside a validation routine; the last assert fails.
def validate_order(order):
    assert isinstance(order, dict), "order must be a dict"
    assert "qty" in order
    assert order["qty"] > 0, f"bad quantity {order['qty']}"
    return order["qty"] * order.get("price", 1)


print(validate_order({"qty": 3, "price": 5}))
for bad in [[1, 2], {"price": 2}, {"qty": -1}]:
    try:
        validate_order(bad)
    except AssertionError as e:
        print("invalid:", repr(e), e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert message:", repr(str(e)))

total = 0
for i in range(5):
    total += i
    assert total < 100
print("total", total)

matrix = [[1, 2], [3, 4], [5]]
widths = [len(row) for row in matrix]
assert widths[0] == widths[1], "first rows agree"
assert all(w == widths[0] for w in widths), f"ragged matrix: widths {widths}"
