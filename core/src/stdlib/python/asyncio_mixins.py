"""Event loop mixins (CPython 3.11's Lib/asyncio/mixins.py; one thread, no lock)."""

import asyncio.events as events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()

        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
