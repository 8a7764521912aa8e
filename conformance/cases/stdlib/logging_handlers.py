# logging handlers: StreamHandler to a StringIO, custom formatter styles,
# filters, handler levels, exception logging, FileHandler.
import io
import logging

buf = io.StringIO()
logger = logging.getLogger("jobs")
logger.setLevel(logging.DEBUG)
h = logging.StreamHandler(buf)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("[{levelname}] {name} - {message}", style="{"))
logger.addHandler(h)
logger.debug("not at handler level")
logger.info("job %s queued", "nightly")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


h.addFilter(OnlyOdd())
for n in range(4):
    logger.info("tick %d", n)
h.removeFilter(h.filters[0])
dollar = logging.StreamHandler(buf)
dollar.setFormatter(logging.Formatter("$levelname|$message", style="$"))
logger.addHandler(dollar)
logger.warning("two handlers")
logger.removeHandler(dollar)
try:
    {}["missing"]
except KeyError:
    logger.exception("lookup failed")
logger.error("with extra %s", "ctx", extra={"user": "ann"})
print(buf.getvalue())
fh = logging.FileHandler("jobs.log", mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
logger.addHandler(fh)
logger.critical("to file too")
fh.close()
with open("jobs.log") as f:
    print(repr(f.read()))
rec = logging.LogRecord("x", logging.INFO, "f.py", 1, "a=%s b=%s", (1, 2), None)
print(rec.getMessage(), rec.levelname, rec.name)
print(logging.Formatter("%(message)s!").format(rec))
adapter = logging.LoggerAdapter(logger, {"request": 7})
adapter.info("adapted")
print(buf.getvalue().splitlines()[-1])
logger.handlers.clear()
print(logger.hasHandlers(), logging.getLogger("jobs").handlers)
