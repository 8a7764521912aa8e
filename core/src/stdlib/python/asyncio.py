"""The asyncio package (CPython 3.11's Lib/asyncio/__init__.py and runners.py).

Pyex: a deterministic event loop inside the interpreter (asyncio.events): no
threads, processes, sockets or signals; `sleep` uses a virtual clock. The
submodules are CPython's pure-Python implementations (futures, tasks, locks,
queues, timeouts, taskgroups); the APIs that need threads, subprocesses or
sockets raise NotImplementedError.
"""

import enum

# A package, so `asyncio.events` and the others are found as its submodules.
__path__ = []

import asyncio.exceptions as exceptions
import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.futures as futures
import asyncio.tasks as tasks
import asyncio.locks as locks
import asyncio.queues as queues
import asyncio.timeouts as timeouts
import asyncio.taskgroups as taskgroups

from asyncio.exceptions import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *

__all__ = (('Runner', 'run', 'to_thread', 'create_subprocess_exec',
            'create_subprocess_shell', 'open_connection', 'start_server',
            'SelectorEventLoop') +
           tuple(coroutines.__all__) +
           tuple(events.__all__) +
           tuple(exceptions.__all__) +
           tuple(futures.__all__) +
           tuple(locks.__all__) +
           tuple(queues.__all__) +
           tuple(tasks.__all__) +
           tuple(timeouts.__all__) +
           tuple(taskgroups.__all__))

SelectorEventLoop = events.BaseEventLoop
DefaultEventLoopPolicy = events.DefaultEventLoopPolicy


class _State(enum.Enum):
    CREATED = "created"
    INITIALIZED = "initialized"
    CLOSED = "closed"


class Runner:
    """A context manager that controls event loop life cycle."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state is not _State.INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))

        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")

        self._lazy_init()

        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state is _State.CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state is _State.INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _State.INITIALIZED


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")

    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))

    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _unavailable(what):
    raise NotImplementedError(
        f'asyncio.{what}() is not available in this sandbox '
        f'(no threads, subprocesses or sockets)')


async def to_thread(func, /, *args, **kwargs):
    """Not available: the sandbox has no threads."""
    _unavailable('to_thread')


async def create_subprocess_exec(program, *args, **kwargs):
    """Not available: the sandbox cannot start processes."""
    _unavailable('create_subprocess_exec')


async def create_subprocess_shell(cmd, **kwargs):
    """Not available: the sandbox cannot start processes."""
    _unavailable('create_subprocess_shell')


async def open_connection(host=None, port=None, **kwargs):
    """Not available: the sandbox has no sockets."""
    _unavailable('open_connection')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    """Not available: the sandbox has no sockets."""
    _unavailable('start_server')
