"""Shallow and deep copy operations (after CPython's copy.py)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(lambda: 0))


def _new_like(x):
    cls = type(x)
    try:
        y = object.__new__(cls)
    except AttributeError:
        from _pyex import new_instance
        y = new_instance(cls)
    return cls, y


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _get_state(x):
    """What `__reduce_ex__(4)` would give as the state: `__getstate__()` when the class
    defines one, else the instance `__dict__` (and its `__slots__` values)."""
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x)
    state = dict(vars(x)) if hasattr(x, '__dict__') else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        try:
            y.__dict__.update(state)
        except AttributeError:
            for name, value in state.items():
                setattr(y, name, value)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo):
    """A copy made the way copy's `_reconstruct` uses `__reduce_ex__(4)`: a new object of the
    class (tuple subclasses from `__getnewargs__()`), its state, then the items of a list,
    dict or set subclass; deep when `memo` is a dict."""
    deep = memo is not None
    cls = type(x)
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(cls, '__getnewargs__') else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (set, frozenset)):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = cls(items)
    else:
        _, y = _new_like(x)
    if deep:
        memo[id(x)] = y
    state = _get_state(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list) and not isinstance(x, tuple):
        y.extend(deepcopy(a, memo) for a in x) if deep else y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif cls is bytearray:
            y = bytearray(x)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
