# A failing suite: failure and error reports with tracebacks, then SystemExit(1) from unittest.main().
import time
import unittest

time.perf_counter = lambda: 0.0


class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.items[name] = self.items.get(name, 0) + price * qty

    def total(self):
        return round(sum(self.items.values()), 2)


class CartTests(unittest.TestCase):
    def setUp(self):
        self.cart = Cart()
        self.cart.add("apple", 0.5, 4)

    def test_total(self):
        self.assertEqual(self.cart.total(), 2.0)

    def test_wrong_total(self):
        self.cart.add("pear", 0.75)
        self.assertEqual(self.cart.total(), 2.5)

    def test_items(self):
        self.assertEqual(self.cart.items, {"apple": 2.0, "kiwi": 1.0})

    def test_bad_quantity(self):
        self.cart.add("plum", 1.0, 0)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            self.cart.add("plum", 1.0, -1)
        self.assertEqual(str(cm.exception), "quantity must be positive")

    def test_message(self):
        self.assertTrue(self.cart.total() > 5, "cart should be expensive")


unittest.main()
