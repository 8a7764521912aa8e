# Table-driven tests of text helpers run through a TestSuite and TextTestRunner to a buffer.
import io
import re
import unittest


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def wordcount(s):
    return len(s.split())


class SlugTests(unittest.TestCase):
    cases = [("Hello World", "hello-world"), ("  A--B  ", "a-b"), ("", ""), ("ÜBER", "ber")]

    def test_cases(self):
        for raw, want in self.cases:
            with self.subTest(raw=raw):
                self.assertEqual(slug(raw), want)

    def test_types(self):
        self.assertIsNone(None)
        self.assertIsNotNone(slug("x"))
        self.assertTrue(slug("a"))
        self.assertFalse(slug("!!"))
        self.assertIs(type(slug("a")), str)
        self.assertNotIn("-", slug("abc"))
        self.assertRegex(slug("Big Cat"), r"^[a-z-]+$")
        self.assertNotRegex(slug("Big Cat"), r"\s")
        self.assertLessEqual(len(slug("abc")), 3)
        self.assertSequenceEqual(slug("a b").split("-"), ["a", "b"])
        self.assertListEqual([1, 2], [1, 2])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertMultiLineEqual("a\nb", "a\nb")


class CountTests(unittest.TestCase):
    def test_counts(self):
        self.assertEqual(wordcount("a b  c"), 3)
        self.assertEqual(wordcount(""), 0)

    def test_wrong(self):
        self.assertEqual(wordcount("one two"), 3, "word count is off")

    def test_error(self):
        wordcount(None)

    def test_multiline_diff(self):
        self.assertMultiLineEqual("alpha\nbeta\ngamma\n", "alpha\nbeta\ndelta\n")


suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTest(CountTests("test_counts"))
suite.addTest(CountTests("test_wrong"))
suite.addTest(CountTests("test_error"))
suite.addTest(CountTests("test_multiline_diff"))
print(suite.countTestCases(), loader.getTestCaseNames(CountTests))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
out = stream.getvalue()
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", out)
print(out)
for test, tb in result.failures:
    print(test.id(), "|", tb.strip().splitlines()[-1])
