# unittest.main() in a module with an error test: the run ends with exit status 1.
import time
import unittest

time.perf_counter = lambda: 0.0


def average(values):
    return sum(values) / len(values)


class AverageTests(unittest.TestCase):
    def test_average(self):
        self.assertEqual(average([1, 2, 3]), 2)

    def test_empty(self):
        average([])

    def test_strings(self):
        self.assertEqual(average([1.5, 2.5]), "2.0")

    def test_dicts(self):
        self.assertEqual({"mean": average([1, 3]), "n": 2}, {"mean": 2.0, "n": 3})


if __name__ == "__main__":
    unittest.main(verbosity=2)
