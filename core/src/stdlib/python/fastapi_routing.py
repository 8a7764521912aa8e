"""fastapi.routing (defined in `fastapi`)."""
from fastapi import APIRouter
