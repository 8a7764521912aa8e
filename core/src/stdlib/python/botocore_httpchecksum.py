"""botocore.httpchecksum: `StreamingChecksumBody`, the body of a response whose checksum
botocore validates (Pyex's driver validates it before the reply reaches the program)."""

from botocore.response import StreamingBody


class StreamingChecksumBody(StreamingBody):
    """A StreamingBody whose content was checked against the response's checksum."""
