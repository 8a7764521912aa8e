"""fastapi.params (defined in `fastapi`)."""
from fastapi import Query, Path, Header, Cookie, Body, Form, Depends
