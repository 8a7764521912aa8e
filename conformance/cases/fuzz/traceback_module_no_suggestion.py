# 3.11 adds "Did you mean" in the interpreter's own printer only: the
# traceback module (and unittest, logging, which use it) leave it out.
import logging
import sys
import time
import traceback
import unittest

try:
    totl = 3
    print(totla)
except NameError:
    print(traceback.format_exc())
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))

try:
    "text".uper()
except AttributeError:
    traceback.print_exc(file=sys.stdout)

log = logging.getLogger("app")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(handler)
try:
    [].apend(1)
except AttributeError:
    log.exception("append failed")


class Totals(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(summ([1, 2]), 3)


clock = time.perf_counter
time.perf_counter = lambda: 0.0  # a fixed clock: "Ran 1 test in 0.000s" on every run
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Totals))
time.perf_counter = clock
print(len(result.errors))
print(lenn([1]))
