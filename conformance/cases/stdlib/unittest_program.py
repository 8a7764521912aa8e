# unittest.main options: argv with a test name, verbosity, exit=False, and the TestProgram result.
import time
import unittest

time.perf_counter = lambda: 0.0


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class StackTests(unittest.TestCase):
    def test_push_pop(self):
        s = Stack()
        s.push(1)
        s.push(2)
        self.assertEqual(s.pop(), 2)
        self.assertEqual(len(s), 1)

    def test_empty_pop(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            Stack().pop()

    def test_len(self):
        self.assertEqual(len(Stack()), 0)


program = unittest.main(argv=["prog", "-v"], exit=False)
print("successful:", program.result.wasSuccessful(), "run:", program.result.testsRun)
program = unittest.main(argv=["prog", "StackTests.test_len"], exit=False, verbosity=2)
print("run:", program.result.testsRun)
try:
    unittest.main(argv=["prog", "-q"])
except SystemExit as e:
    print("SystemExit", e.code)
