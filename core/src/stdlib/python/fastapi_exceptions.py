"""fastapi.exceptions (defined in `fastapi`)."""
from fastapi import HTTPException, RequestValidationError
