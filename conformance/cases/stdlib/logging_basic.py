# logging: basicConfig to stdout, levels, named loggers, formatting styles.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
log.debug("hidden")
log.info("starting %s v%d", "service", 3)
log.warning("disk at %.1f%%", 91.25)
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
db.debug("query took %dms", 12)
db.error("connection lost: %r", ("10.0.0.1", 5432))
print(db.parent is log, log.parent is logging.getLogger(), db.getEffectiveLevel(), log.getEffectiveLevel())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))
print(log.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.DEBUG), logging.getLogger("app") is log)
quiet = logging.getLogger("noisy.lib")
quiet.propagate = False
quiet.warning("never shown")
logging.info("root info %s", {"k": 1})
logging.log(logging.ERROR, "via log()")
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still shown")
logging.disable(logging.NOTSET)
log.info("back")
print(repr(log), repr(logging.getLogger()), logging.root.level)
