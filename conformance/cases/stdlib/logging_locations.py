# logging records know where they were logged: lineno, funcName, filename, module.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(filename)s:%(lineno)d %(funcName)s %(module)s [%(levelname)s] %(message)s")
log = logging.getLogger(__name__)


def transfer(amount):
    log.debug("transfer of %d requested", amount)
    if amount > 100:
        log.warning("large transfer: %d", amount)
    return amount


class Account:
    def withdraw(self, n):
        logging.info("withdraw %s", n)
        return transfer(n)


transfer(5)
Account().withdraw(500)
logging.error("at module level")
log.info("logger name is %s", log.name)


def helper():
    log.info("reported from the caller's line", stacklevel=2)


helper()
