# A builtin function stored on a class does not bind as a method (it has no
# __get__): len, math.floor, time.gmtime/localtime (logging's converter).
import logging
import math
import sys
import time


class Tools:
    size = len
    floor = math.floor
    clock = time.gmtime
    show = print

    def year(self, seconds):
        return self.clock(seconds).tm_year


t = Tools()
print(t.size([1, 2, 3]), t.floor(2.7), t.year(0), Tools.clock(86400).tm_mday)
t.show("shown", "directly")
print(t.size is len, Tools.size is len, t.clock is time.gmtime)
print(time.gmtime, len)


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


record = logging.makeLogRecord({"msg": "started %s", "args": ("job",), "created": 0.0})
print(UTCFormatter("%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M").format(record))
print(logging.Formatter("[%(asctime)s] %(message)s", datefmt="T").format(record))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(asctime)s|%(levelname)s|%(message)s", datefmt="at"))
log = logging.getLogger("builtin_on_class")
log.addHandler(handler)
log.warning("disk %d%% full", 91)
