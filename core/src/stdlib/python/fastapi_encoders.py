"""fastapi.encoders (defined in `fastapi`)."""
from fastapi import jsonable_encoder
