# subTest: parameterised checks reporting each failing case separately.
import io
import unittest


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


def buggy_is_prime(n):
    return n in (2, 3) or (n > 1 and n % 2 == 1)


class PrimeTests(unittest.TestCase):
    def test_primes(self):
        for n in [2, 3, 5, 7, 11, 13]:
            with self.subTest(n=n):
                self.assertTrue(is_prime(n))

    def test_buggy(self):
        for n in [2, 9, 15, 17, 21]:
            with self.subTest("checking", n=n):
                self.assertEqual(buggy_is_prime(n), is_prime(n))

    def test_errors_in_subtests(self):
        for value in ["1", "x", "3", None]:
            with self.subTest(value=value):
                int(value)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(PrimeTests))
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
print(result.testsRun, len(result.failures), len(result.errors))
for test, _ in result.failures + result.errors:
    print(test)
