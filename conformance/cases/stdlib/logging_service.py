# Service logging: basicConfig with a format, named loggers, levels, handlers and exceptions.
import io
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("billing")
log.info("service starting on port %d", 8080)
log.debug("not shown: level is INFO")
log.warning("disk at %s%%", 91)
child = logging.getLogger("billing.invoices")
child.error("invoice %s failed: %r", "INV-7", {"code": 42})
print(child.parent is log, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("[%(levelname)s] %(funcName)s:%(lineno)d %(message)s"))
handler.setLevel(logging.WARNING)
audit = logging.getLogger("audit")
audit.addHandler(handler)
audit.propagate = False
audit.setLevel(logging.DEBUG)


def charge(amount):
    audit.info("charging %s", amount)
    if amount < 0:
        audit.warning("negative amount %s", amount)
    try:
        return 100 / amount
    except ZeroDivisionError:
        audit.exception("charge failed")


charge(5)
charge(-1)
charge(0)
text = buf.getvalue()
print(text.splitlines()[0], text.splitlines()[1])
print("Traceback" in text, text.strip().splitlines()[-1])
print(logging.getLevelName(logging.CRITICAL), logging.getLevelName(25), logging.getLevelName("WARNING"))
print(log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.ERROR), log.name, audit.level)


class MaskFilter(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).replace("secret", "******")
        return "drop" not in record.msg


log.addFilter(MaskFilter())
log.info("token is secret")
log.info("drop this one")
log.critical("shutting down")
logging.getLogger().setLevel(logging.ERROR)
log.setLevel(logging.NOTSET)
log.warning("not shown now")
log.error("shown: %s", "error level")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")
