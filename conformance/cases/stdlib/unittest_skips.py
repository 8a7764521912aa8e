# Skipping and expected failures: skip decorators, skipTest, expectedFailure, unexpected successes.
import io
import sys
import unittest


class Features(unittest.TestCase):
    @unittest.skip("not implemented yet")
    def test_export(self):
        self.fail("should not run")

    @unittest.skipIf(sys.version_info >= (3, 0), "python 3 has no unicode type")
    def test_unicode(self):
        pass

    @unittest.skipUnless(sys.platform.startswith("win"), "windows only")
    def test_registry(self):
        pass

    def test_runtime_skip(self):
        self.skipTest("service unavailable")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(round(2.675, 2), 2.68)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual(1 + 1, 2)

    def test_ok(self):
        self.assertTrue(True)


@unittest.skip("whole class disabled")
class Disabled(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


stream = io.StringIO()
suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in (Features, Disabled)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
print(len(result.skipped), [reason for _, reason in result.skipped])
print(len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
