"""fastapi.status: HTTP_200_OK and friends (defined in `fastapi`)."""
import fastapi as _fastapi
for _name in dir(_fastapi.status):
    if _name.startswith("HTTP_"):
        globals()[_name] = getattr(_fastapi.status, _name)
