"""The asyncio event loop: a deterministic loop inside the interpreter.

Pyex: CPython 3.11's scheduling (Lib/asyncio/base_events.py `_run_once`,
events.py `Handle`/`TimerHandle`) without selectors or threads. Time is
virtual: running code costs no loop time, and when no callback is ready the
clock jumps to the next timer, so `await asyncio.sleep(10)` returns at once
(the jump is added to the `time` module's clock as well). Timers due at the
same instant run in the order they were scheduled, as they would under
CPython's real clock.
"""

import heapq
import sys as _sys
import time as _time
import _pyex_host

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
    'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop',
    'BaseEventLoop',
)


class Handle:
    """Object returned by callback registration methods."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '__weakref__',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(getattr(self._callback, '__qualname__', repr(self._callback)))
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = getattr(self._callback, '__qualname__', repr(self._callback))
            msg = f'Exception in callback {cb}'
            context = {
                'message': msg,
                'exception': exc,
                'handle': self,
            }
            self._loop.call_exception_handler(context)
        self = None  # Needed to break cycles when an exception occurs.


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    __slots__ = ['_scheduled', '_when', '_key']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._key = None
        self._scheduled = False

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._key < other._key
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._key <= other._key
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._key > other._key
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._key >= other._key
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """Abstract event loop."""


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


def _unsupported(what):
    raise NotImplementedError(
        f'{what} is not available in this sandbox (no threads, processes or sockets)')


_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        # A list, not a deque: each iteration takes the whole batch at once.
        self._ready = []
        self._scheduled = []
        self._default_executor = None
        self._running = False
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        # Async generators made while the loop runs (sys._pyex_asyncgens).
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # The virtual clock: nanoseconds since the loop was made.
        self._origin = _time.monotonic()
        self._now_ns = 0
        self._timer_serial = 0
        # Awaitable host calls made by tasks and not yet handed to the host:
        # (future, host function, args, kwargs).
        self._host_pending = []

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object. Return a task object."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[_aclose(ag) for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old_loop = _get_running_loop()
        _set_running_loop(self)
        # CPython's sys.set_asyncgen_hooks(firstiter=...): the interpreter adds
        # each async generator made while this loop runs to the list.
        old_agen_hook = getattr(_sys, '_pyex_asyncgens', None)
        _sys._pyex_asyncgens = None if self._asyncgens_shutdown_called else self._asyncgens
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old_loop)
            _sys._pyex_asyncgens = old_agen_hook

    def run_until_complete(self, future):
        """Run until the Future is done."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running the event loop."""
        self._stopping = True

    def close(self):
        """Close the event loop."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._host_pending.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return self._running

    def time(self):
        """The loop's (virtual) clock, in seconds, on the time.monotonic() scale."""
        return self._origin + self._now_ns / 1e9

    def _ns_of(self, when):
        return round((when - self._origin) * 1e9)

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called at a given time."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        if delay > 0 and timer._key[0] <= self._now_ns:
            # A real clock always moves on, however short the delay.
            timer._key = (self._now_ns + 1, timer._key[1])
            heapq.heapify(self._scheduled)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        self._timer_serial += 1
        # A timer in the future is at least 1 ns away, as on a real clock,
        # so that a loop polling the time always sees it move.
        due = self._ns_of(when)
        if when > self.time():
            due = max(due, self._now_ns + 1)
        timer._key = (max(due, self._now_ns), self._timer_serial)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible."""
        self._check_closed()
        handle = self._call_soon(callback, args, context)
        return handle

    def _call_soon(self, callback, args, context):
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe."""
        return self.call_soon(callback, *args, context=context)

    def run_in_executor(self, executor, func, *args):
        _unsupported('loop.run_in_executor()')

    def set_default_executor(self, executor):
        _unsupported('loop.set_default_executor()')

    async def getaddrinfo(self, *args, **kwargs):
        _unsupported('loop.getaddrinfo()')

    async def create_connection(self, *args, **kwargs):
        _unsupported('loop.create_connection()')

    async def create_server(self, *args, **kwargs):
        _unsupported('loop.create_server()')

    async def subprocess_exec(self, *args, **kwargs):
        _unsupported('loop.subprocess_exec()')

    async def subprocess_shell(self, *args, **kwargs):
        _unsupported('loop.subprocess_shell()')

    def add_signal_handler(self, sig, callback, *args):
        _unsupported('loop.add_signal_handler()')

    def add_reader(self, fd, callback, *args):
        _unsupported('loop.add_reader()')

    def add_writer(self, fd, callback, *args):
        _unsupported('loop.add_writer()')

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Default exception handler: prints the context to stderr."""
        import sys
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        if exception is not None:
            import traceback
            traceback.print_exception(type(exception), exception, exception.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _host_call(self, function, args, kwargs):
        """An awaitable host function called in a task: a future resolved
        when the loop next hands its pending host calls to the host."""
        fut = self.create_future()
        self._host_pending.append((fut, function, args, kwargs))
        return fut

    def _host_flush(self):
        """Nothing is ready: pause the run once with every pending host call
        (the host performs them concurrently), then resolve their futures in
        the order the calls were made. Takes no virtual time."""
        batch = [p for p in self._host_pending if not p[0].cancelled()]
        self._host_pending = []
        if not batch:
            return
        results = _pyex_host.wait([(f, a, k) for _, f, a, k in batch])
        for (fut, *_), (ok, value) in zip(batch, results):
            if fut.cancelled():
                continue
            if ok:
                fut.set_result(value)
            else:
                fut.set_exception(value)

    def _advance(self, key):
        """No callback is ready: jump the virtual clock to the timer `key`."""
        jump = key[0] - self._now_ns
        if jump > 0:
            self._now_ns = key[0]
            _time._slept_ns += jump

    def _run_once(self):
        """Run one full iteration of the event loop (base_events._run_once)."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
            self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if self._host_pending:
                self._host_flush()
            elif self._scheduled:
                self._advance(self._scheduled[0]._key)
            else:
                raise RuntimeError(
                    'event loop deadlock: every task is waiting and nothing is '
                    'scheduled to wake them up')

        while self._scheduled:
            handle = self._scheduled[0]
            if handle._key[0] > self._now_ns:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # The callbacks ready now; what they schedule runs next iteration.
        todo = self._ready
        self._ready = []
        for handle in todo:
            if handle._cancelled:
                continue
            handle._run()
        handle = None  # Needed to break cycles when an exception occurs.

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop class CPython's default policy makes on POSIX."""


SelectorEventLoop = _UnixSelectorEventLoop


async def _aclose(agen):
    # Pyex: aclose()'s awaitable has no type-level __await__ for ensure_future.
    return await agen.aclose()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Default policy: one loop, made on demand."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy

_event_loop_policy = None
_running_loop = None


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None."""
    return _running_loop


def _set_running_loop(loop):
    """Set the running event loop."""
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """Return an asyncio event loop (the running one, else the policy's)."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


import asyncio.futures as futures
import asyncio.tasks as tasks
