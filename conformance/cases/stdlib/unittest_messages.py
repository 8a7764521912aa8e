# Failure messages of the assert* methods, collected with a TestResult and printed.
import unittest


class Messages(unittest.TestCase):
    def test_equal(self): self.assertEqual(1, 2)
    def test_equal_msg(self): self.assertEqual("a", "b", msg="custom note")
    def test_long_msg(self):
        self.longMessage = False
        self.assertEqual(3, 4, "only this")
    def test_not_equal(self): self.assertNotEqual(5, 5)
    def test_true(self): self.assertTrue(0)
    def test_false(self): self.assertFalse([1])
    def test_is(self): self.assertIs([], None)
    def test_is_none(self): self.assertIsNone("x")
    def test_in(self): self.assertIn("z", "abc")
    def test_not_in(self): self.assertNotIn(2, [1, 2])
    def test_isinstance(self): self.assertIsInstance(3, str)
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self): self.assertAlmostEqual(1.0, 2.0, delta=0.5)
    def test_greater(self): self.assertGreater(1, 2)
    def test_less_equal(self): self.assertLessEqual(3, 2)
    def test_regex(self): self.assertRegex("hello", r"^\d+$")
    def test_count_equal(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_raises_nothing(self):
        with self.assertRaises(KeyError):
            pass
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "expected .* here"):
            raise ValueError("something else")
    def test_fail(self): self.fail("explicit failure")
    def test_tuple(self): self.assertTupleEqual((1, 2), (1, 3))
    def test_set(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_dict(self): self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_list_len(self): self.assertListEqual([1, 2, 3], [1, 2])
    def test_multiline(self): self.assertMultiLineEqual("one\ntwo\nthree\n", "one\n2\nthree\n")
    def test_sequence_types(self): self.assertSequenceEqual([1, 2], (1, 2, 3))


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Messages).run(result)
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, text in result.failures:
    print("==", test.id().split(".")[-1])
    print(text.strip().splitlines()[-1] if "\n" not in text.split("Error: ", 1)[-1].strip() else text.split("Error: ", 1)[1].rstrip())
