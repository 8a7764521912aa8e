"""Time access (UTC; the clock is the host's). sleep() does not block: it advances this
module's clock, so a program that sleeps sees the time move without spending its time limit."""

import _pyex

__all__ = ['time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
           'process_time', 'process_time_ns', 'sleep', 'gmtime', 'localtime', 'mktime',
           'strftime', 'asctime', 'ctime', 'struct_time', 'timezone', 'altzone', 'daylight',
           'tzname']

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_slept_ns = 0
_start_ns = _pyex.now_ns()


def time_ns():
    return _pyex.now_ns() + _slept_ns


def time():
    return time_ns() / 1e9


def monotonic_ns():
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


class struct_time:
    n_fields = 11
    n_sequence_fields = 9

    def __init__(self, values):
        values = tuple(values)
        if len(values) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(values)}-sequence given)")
        self._values = values
        for name, value in zip(_FIELDS, values):
            setattr(self, name, value)
        self.tm_zone = 'UTC'
        self.tm_gmtoff = 0

    def __repr__(self):
        inner = ', '.join(f'{n}={v}' for n, v in zip(_FIELDS, self._values))
        return f'time.struct_time({inner})'

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        return self._values == tuple(other)

    def __hash__(self):
        return hash(self._values)


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


def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _days_to_civil(days)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _civil_to_days(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, sec, wday, yday, 0))


localtime = gmtime


def mktime(t):
    y, m, d, hh, mm, ss = tuple(t)[:6]
    return float(_civil_to_days(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']


def _directive(c, t):
    y, m, d, hh, mm, ss, wday, yday, _ = tuple(t)
    if c == 'Y':
        return str(y)
    if c == 'm':
        return '%02d' % m
    if c == 'd':
        return '%02d' % d
    if c == 'e':
        return '%2d' % d
    if c == 'H':
        return '%02d' % hh
    if c == 'M':
        return '%02d' % mm
    if c == 'S':
        return '%02d' % ss
    if c == 'y':
        return '%02d' % (y % 100)
    if c == 'j':
        return '%03d' % yday
    if c == 'a':
        return _DAYS[wday][:3]
    if c == 'A':
        return _DAYS[wday]
    if c == 'b' or c == 'h':
        return _MONTHS[m - 1][:3]
    if c == 'B':
        return _MONTHS[m - 1]
    if c == 'p':
        return 'AM' if hh < 12 else 'PM'
    if c == 'I':
        return '%02d' % ((hh % 12) or 12)
    if c == 'w':
        return str((wday + 1) % 7)
    if c == 'u':
        return str(wday + 1)
    if c == 'U':
        return '%02d' % ((yday + 6 - (wday + 1) % 7) // 7)
    if c == 'W':
        return '%02d' % ((yday + 6 - wday) // 7)
    if c == 'Z':
        return 'GMT'
    if c == 'z':
        return '+0000'
    if c == 'c':
        return asctime(t)
    if c == 'x' or c == 'D':
        return '%02d/%02d/%02d' % (m, d, y % 100)
    if c == 'X' or c == 'T':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if c == 'F':
        return '%d-%02d-%02d' % (y, m, d)
    if c == 'R':
        return '%02d:%02d' % (hh, mm)
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    return '%' + c


def strftime(format, t=None):
    if t is None:
        t = localtime()
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            out.append(_directive(format[i + 1], t))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def asctime(t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wday = tuple(t)[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday][:3], _MONTHS[m - 1][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))
