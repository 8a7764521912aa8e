# Fixtures: setUpClass/tearDownClass, setUp/tearDown, addCleanup, module-level setUp, in order.
import io
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Database:
    def __init__(self):
        self.rows = []
        self.open = True

    def close(self):
        self.open = False


class DatabaseTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = Database()

    @classmethod
    def tearDownClass(cls):
        cls.shared.close()
        log.append("tearDownClass")

    def setUp(self):
        log.append(f"setUp {self._testMethodName}")
        self.db = Database()
        self.addCleanup(log.append, f"cleanup {self._testMethodName}")
        self.addCleanup(self.db.close)

    def tearDown(self):
        log.append(f"tearDown {self._testMethodName} open={self.db.open}")

    def test_insert(self):
        self.db.rows.append(("ada", 36))
        self.shared.rows.append("x")
        self.assertEqual(len(self.db.rows), 1)

    def test_empty(self):
        self.assertEqual(self.db.rows, [])
        self.assertEqual(len(self.shared.rows), 0)


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("cannot connect")

    def test_never_runs(self):
        log.append("body ran")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(DatabaseTests))
suite.addTests(loader.loadTestsFromTestCase(BrokenSetUp))
result = runner.run(suite)
for entry in log:
    print(entry)
print(result.wasSuccessful(), result.testsRun, len(result.errors))
for line in stream.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print(DatabaseTests.shared.open)
