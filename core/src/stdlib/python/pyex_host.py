"""Awaitable host functions (Pyex internal; see core/src/host.rs).

A host module's async functions are `async def`s made by `wrap`: awaited in a
task of a running asyncio loop, the call becomes a future the loop resolves
when it next hands all pending host calls to the host at once (`wait`);
awaited with no loop running, it is a plain host call (one pause).
"""

import sys


def _running_loop():
    events = sys.modules.get('asyncio.events')
    if events is None:
        return None
    return events._get_running_loop()


def wrap(function, module, name):
    """The awaitable form of host function `function` (`module.name`)."""

    async def call(*args, **kwargs):
        loop = _running_loop()
        if loop is None or not hasattr(loop, '_host_call'):
            return function(*args, **kwargs)
        return await loop._host_call(function, args, kwargs)

    call.__name__ = name
    call.__qualname__ = name
    call.__module__ = module
    return call


def wrap_all(namespace):
    """Replaces the functions named in `namespace['_pyex_async']` by their awaitable forms."""
    module = namespace['__name__']
    for name in namespace.pop('_pyex_async'):
        namespace[name] = wrap(namespace[name], module, name)
