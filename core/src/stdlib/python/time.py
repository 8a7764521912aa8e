"""Time access (UTC; the clock is the host's). sleep() does not block: it advances this
module's clock, so a program that sleeps sees the time move without spending its time limit."""

import _pyex

__all__ = ['time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
           'process_time', 'process_time_ns', 'sleep', 'gmtime', 'localtime', 'mktime',
           'strftime', 'strptime', 'asctime', 'ctime', 'struct_time', 'timezone', 'altzone', 'daylight',
           'tzname']

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_slept_ns = 0
# Set at the first monotonic reading, not at import: the module's state at
# import is the same in every run, so it is prepared once per process.
_start_ns = None


def time_ns():
    return _pyex.now_ns() + _slept_ns


def time():
    return time_ns() / 1e9


def monotonic_ns():
    global _start_ns
    if _start_ns is None:
        _start_ns = _pyex.now_ns()
    return time_ns() - _start_ns


def monotonic():
    return monotonic_ns() / 1e9


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns
thread_time = monotonic


def sleep(secs):
    global _slept_ns
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _slept_ns += int(secs * 1e9)


_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, values, dict=None):
        values = tuple(values)
        if len(values) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence "
                            f"({len(values)}-sequence given)")
        if len(values) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence "
                            f"({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:9])
        self._zone = values[9] if len(values) > 9 else None
        self._gmtoff = values[10] if len(values) > 10 else None
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({inner})'

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _days_to_civil(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _civil_to_days(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _broken_down(secs, zone):
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _days_to_civil(days)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _civil_to_days(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, sec, wday, yday, 0, zone, 0))


def _seconds(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return secs


def gmtime(secs=None):
    return _broken_down(_seconds(secs), 'GMT')


def localtime(secs=None):
    return _broken_down(_seconds(secs), 'UTC')


def mktime(t):
    y, m, d, hh, mm, ss = tuple(t)[:6]
    return float(_civil_to_days(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']


def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of day yday (1-based) of year y, weekday wday (Monday = 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        py = y - 1
        pdays = 366 if _is_leap(py) else 365
        return py, (yday + pdays - wday + 9) // 7
    days = 366 if _is_leap(y) else 365
    if yday - wday + 3 > days:
        return y + 1, 1
    return y, week


def _hour12(t):
    return (t[3] % 12) or 12


# What each directive prints for a checked time tuple t (and the zone name z).
_DIRECTIVES = {
    'Y': lambda t, z: str(t[0]),
    'm': lambda t, z: '%02d' % t[1],
    'd': lambda t, z: '%02d' % t[2],
    'e': lambda t, z: '%2d' % t[2],
    'H': lambda t, z: '%02d' % t[3],
    'k': lambda t, z: '%2d' % t[3],
    'M': lambda t, z: '%02d' % t[4],
    'S': lambda t, z: '%02d' % t[5],
    'y': lambda t, z: '%02d' % (t[0] % 100),
    'C': lambda t, z: '%02d' % (t[0] // 100),
    'j': lambda t, z: '%03d' % t[7],
    'a': lambda t, z: _DAYS[t[6]][:3],
    'A': lambda t, z: _DAYS[t[6]],
    'b': lambda t, z: _MONTHS[t[1] - 1][:3],
    'h': lambda t, z: _MONTHS[t[1] - 1][:3],
    'B': lambda t, z: _MONTHS[t[1] - 1],
    'p': lambda t, z: 'AM' if t[3] < 12 else 'PM',
    'P': lambda t, z: 'am' if t[3] < 12 else 'pm',
    'I': lambda t, z: '%02d' % _hour12(t),
    'l': lambda t, z: '%2d' % _hour12(t),
    'w': lambda t, z: str((t[6] + 1) % 7),
    'u': lambda t, z: str(t[6] + 1),
    'U': lambda t, z: '%02d' % ((t[7] + 6 - (t[6] + 1) % 7) // 7),
    'W': lambda t, z: '%02d' % ((t[7] + 6 - t[6]) // 7),
    'G': lambda t, z: str(_iso_week(t[0], t[7], t[6])[0]),
    'g': lambda t, z: '%02d' % (_iso_week(t[0], t[7], t[6])[0] % 100),
    'V': lambda t, z: '%02d' % _iso_week(t[0], t[7], t[6])[1],
    'Z': lambda t, z: z,
    'z': lambda t, z: '+0000',
    's': lambda t, z: str(_civil_to_days(t[0], t[1], t[2]) * 86400 + t[3] * 3600
                          + t[4] * 60 + t[5]),
    'c': lambda t, z: asctime(t),
    'x': lambda t, z: '%02d/%02d/%02d' % (t[1], t[2], t[0] % 100),
    'D': lambda t, z: '%02d/%02d/%02d' % (t[1], t[2], t[0] % 100),
    'X': lambda t, z: '%02d:%02d:%02d' % (t[3], t[4], t[5]),
    'T': lambda t, z: '%02d:%02d:%02d' % (t[3], t[4], t[5]),
    'r': lambda t, z: '%02d:%02d:%02d %s' % (_hour12(t), t[4], t[5], 'AM' if t[3] < 12 else 'PM'),
    'F': lambda t, z: '%d-%02d-%02d' % (t[0], t[1], t[2]),
    'R': lambda t, z: '%02d:%02d' % (t[3], t[4]),
    'n': lambda t, z: '\n',
    't': lambda t, z: '\t',
    '%': lambda t, z: '%',
}


_RANGES = ((1, 1, 12, 'month out of range'), (2, 1, 31, 'day of month out of range'),
           (3, 0, 23, 'hour out of range'), (4, 0, 59, 'minute out of range'),
           (5, 0, 61, 'seconds out of range'), (7, 1, 366, 'day of year out of range'))


def _checked_tuple(t):
    """The 9 fields of a time tuple as strftime() accepts them (CPython's checktm)."""
    if isinstance(t, struct_time):
        zone = t.tm_zone or 'UTC'
    elif isinstance(t, tuple):
        zone = 'UTC'
    else:
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("strftime(): illegal time tuple argument")
    fields = list(t)
    for i, v in enumerate(fields):
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    for i, lo, hi, msg in _RANGES:
        if fields[i] == 0 and lo == 1:
            fields[i] = 1
        if not lo <= fields[i] <= hi:
            raise ValueError(msg)
    if fields[6] < 0:
        raise ValueError("day of week out of range")
    fields[6] = fields[6] % 7
    return tuple(fields), zone


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    t, zone = _checked_tuple(t)
    out = []
    i = 0
    n = len(format)
    while i < n:
        pct = format.find('%', i)
        if pct < 0 or pct + 1 >= n:
            out.append(format[i:])
            break
        if pct > i:
            out.append(format[i:pct])
        i = pct
        j = i + 1
        flag = ''
        if format[j] in '-_0^#':
            flag = format[j]
            j += 1
        if j < n and format[j] in 'EO':
            j += 1
        if j >= n:
            out.append(format[i:])
            break
        directive = _DIRECTIVES.get(format[j])
        text = None if directive is None else directive(t, zone)
        if text is None:
            out.append(format[i:j + 1])
        elif flag == '-':
            out.append(text.lstrip('0 ') or '0' if text[:1] in '0 ' else text)
        elif flag == '_':
            stripped = text.lstrip('0')
            out.append(' ' * (len(text) - len(stripped)) + stripped if stripped else text)
        elif flag == '^':
            out.append(text.upper())
        else:
            out.append(text)
        i = j + 1
    return ''.join(out)


def asctime(t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wday = tuple(t)[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday][:3], _MONTHS[m - 1][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(data_string, format)


# CPython's time functions are builtins: stored on a class they do not bind
# (logging's `Formatter.converter = time.localtime`).
for _f in (time, time_ns, monotonic, monotonic_ns, sleep, gmtime, localtime, mktime,
           strftime, asctime, ctime, strptime):
    _pyex.native_function(_f)
del _f
