# A passing suite run by unittest.main(): dots, summary and "OK" on stderr, exit status 0.
import time
import unittest

time.perf_counter = lambda: 0.0  # a fixed clock: "Ran N tests in 0.000s" on every run


def slugify(title):
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words)


class SlugifyTests(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation(self):
        self.assertEqual(slugify("Hello, World!  It's me"), "hello-world-it-s-me")

    def test_empty(self):
        self.assertEqual(slugify(""), "")
        self.assertFalse(slugify("!!!"))

    def test_types(self):
        self.assertIsInstance(slugify("x"), str)
        self.assertIn("-", slugify("a b"))
        self.assertNotIn(" ", slugify("a b c"))


class MathTests(unittest.TestCase):
    def test_float(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=3)
        self.assertAlmostEqual(100.0, 100.4, delta=0.5)

    def test_compare(self):
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertLess(-1, 0)
        self.assertLessEqual(0, 0)
        self.assertTrue([0])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIs(True, True)
        self.assertIsNot([], [])
        self.assertCountEqual([3, 1, 2, 1], [1, 1, 2, 3])
        self.assertRegex("order-1234", r"\d{4}")
        self.assertNotRegex("abc", r"\d")


if __name__ == "__main__":
    print("running tests")
    unittest.main()
