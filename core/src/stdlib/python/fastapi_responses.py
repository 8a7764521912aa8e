"""fastapi.responses: the response classes (defined in `fastapi`)."""
from fastapi import (Response, JSONResponse, ORJSONResponse, HTMLResponse,
                     PlainTextResponse, RedirectResponse, StreamingResponse, FileResponse)
UJSONResponse = JSONResponse
