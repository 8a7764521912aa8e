# logging with its defaults: the root logger writes WARNING and above to stderr.
import logging

logging.warning("disk %d%% full", 91)
logging.info("not shown: default level is WARNING")
log = logging.getLogger("app.db")
log.error("connection lost after %.1f s", 3.25)
log.critical("giving up")
try:
    {}["key"]
except KeyError:
    log.exception("lookup failed")
logging.basicConfig(format="%(asctime)s %(message)s")
logging.error("basicConfig after the first call does nothing")
print("root level:", logging.getLogger().level, logging.getLevelName(logging.getLogger().level))
print(logging.getLogger() is logging.root, log.name, log.parent.name, logging.getLogger("app").name)
log.warning("done %s", {"rows": 3})
logging.log(logging.ERROR, "via log()")
logging.getLogger("x").warning("line\nbreak")
