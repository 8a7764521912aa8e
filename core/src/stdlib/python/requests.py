"""requests (pyex): the HTTP library's API for sandboxed programs, as in requests 2.32.3.

Every request pauses the run as an I/O call (`_pyex_io.http`) that the host performs with
its own HTTP driver: the host's network grants decide which methods and URLs are allowed
(a refused one raises PermissionError and nothing is sent), redirects are followed by the
driver and each hop is checked too, and headers the host injects (credentials) are never
visible to the program. Timeouts default to 30 seconds (requests itself waits forever).
"""

if "__path__" not in globals():
    __path__ = []

from requests import utils
from requests import exceptions, structures, status_codes, cookies, auth, models, adapters, sessions
from requests.__version__ import (
    __title__, __description__, __url__, __version__, __build__, __author__,
    __author_email__, __license__, __copyright__, __cake__,
)
from requests.exceptions import (
    ConnectionError, ConnectTimeout, FileModeWarning, HTTPError, JSONDecodeError,
    ReadTimeout, RequestException, Timeout, TooManyRedirects, URLRequired,
)
from requests.models import PreparedRequest, Request, Response
from requests.sessions import Session, session
from requests.status_codes import codes
from requests.api import delete, get, head, options, patch, post, put, request
