# Building suites by hand: TestSuite, FunctionTestCase, loader names, result counts and ids.
import io
import unittest


class Inventory(unittest.TestCase):
    def test_restock(self):
        self.assertEqual(5 + 5, 10)

    def test_sell(self):
        self.assertLess(3, 10)

    def helper(self):
        pass


def test_function_case():
    assert sorted([3, 1, 2]) == [1, 2, 3]


def failing_function_case():
    assert 1 == 2, "one is not two"


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Inventory))
suite = unittest.TestSuite()
suite.addTest(Inventory("test_sell"))
suite.addTest(unittest.FunctionTestCase(test_function_case, description="sorting works"))
suite.addTest(unittest.FunctionTestCase(failing_function_case))
suite.addTests(loader.loadTestsFromNames(["test_restock"], module=None) if False else [Inventory("test_restock")])
print(suite.countTestCases(), [t.id() for t in suite])
print(Inventory("test_sell"), repr(Inventory("test_sell")), Inventory("test_sell").shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=True).run(suite)
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
print(result)
print(result.testsRun, result.wasSuccessful(), len(result.failures))
try:
    Inventory("test_missing")
except ValueError as e:
    print("ValueError:", e)
case = Inventory("test_sell")
print(case.countTestCases(), case == Inventory("test_sell"), case.id())
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage, unittest.TestCase.failureException)
