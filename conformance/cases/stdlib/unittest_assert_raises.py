# assertRaises, assertRaisesRegex, assertWarns and assertLogs as context managers and callables.
import logging
import unittest
import warnings


def parse_age(text):
    value = int(text)
    if value < 0:
        raise ValueError(f"age cannot be negative: {value}")
    if value > 150:
        warnings.warn("suspiciously old", UserWarning)
    return value


class ParseTests(unittest.TestCase):
    def test_context_manager(self):
        with self.assertRaises(ValueError) as cm:
            parse_age("-4")
        print("caught:", cm.exception, type(cm.exception).__name__)

    def test_callable_form(self):
        self.assertRaises(ValueError, parse_age, "abc")
        err = self.assertRaises(TypeError, parse_age, None)
        print("callable form returns", err)

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, r"negative: -\d+"):
            parse_age("-10")
        self.assertRaisesRegex(ValueError, "invalid literal", parse_age, "x")

    def test_tuple_of_types(self):
        for bad in ["x", None, "-1"]:
            with self.assertRaises((ValueError, TypeError)):
                parse_age(bad)

    def test_warns(self):
        with self.assertWarns(UserWarning) as cm:
            parse_age("200")
        print("warning:", cm.warning)

    def test_logs(self):
        logger = logging.getLogger("app")
        with self.assertLogs("app", level="INFO") as cm:
            logger.info("starting")
            logger.warning("low disk")
        print(cm.output)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(ParseTests).run(result)
print(result.testsRun, [str(t) for t, _ in result.failures], [(str(t), e.splitlines()[-1]) for t, e in result.errors])
