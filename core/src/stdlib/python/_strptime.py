"""strptime for time and datetime, as CPython's Lib/_strptime.py in the C locale.

CPython turns the format into a regular expression; this module compiles it into a
list of tokens matched by a small backtracking matcher that tries the same
alternatives in the same order, so the same strings match and the same errors are
raised ("time data '...' does not match format '...'", "unconverted data remains: ...")."""

import time
from _datetime_core import strptime_match as _strptime_match  # _match, natively
from datetime import date as datetime_date, timedelta as datetime_timedelta
from datetime import timezone as datetime_timezone

__all__ = []

_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_A_WEEKDAY = [d[:3] for d in _F_WEEKDAY]
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december']
_A_MONTH = [m[:3] for m in _F_MONTH]
_AM_PM = ['am', 'pm']
_TIMEZONE = (frozenset({'utc', 'gmt'}), frozenset({'utc'}))

_DIGITS = '0123456789'


def _charsets(pattern):
    """'3[0-1]|[1-2]\\d|0[1-9]' -> alternatives, each a list of allowed-character strings."""
    alternatives = []
    for alt in pattern.split('|'):
        sets = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == '\\':
                sets.append(_DIGITS)
                i += 2
            elif c == '[':
                j = alt.index(']', i)
                body = alt[i + 1:j]
                if len(body) == 3 and body[1] == '-':
                    body = ''.join(chr(k) for k in range(ord(body[0]), ord(body[2]) + 1))
                sets.append(body)
                i = j + 1
            else:
                sets.append(c)
                i += 1
        alternatives.append(sets)
    return alternatives


_NUMERIC = {
    'd': _charsets(r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]"),
    'f': [[_DIGITS] * n for n in range(6, 0, -1)],
    'H': _charsets(r"2[0-3]|[0-1]\d|\d"),
    'I': _charsets(r"1[0-2]|0[1-9]|[1-9]"),
    'G': _charsets(r"\d\d\d\d"),
    'j': _charsets(r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]"),
    'm': _charsets(r"1[0-2]|0[1-9]|[1-9]"),
    'M': _charsets(r"[0-5]\d|\d"),
    'S': _charsets(r"6[0-1]|[0-5]\d|\d"),
    'U': _charsets(r"5[0-3]|[0-4]\d|\d"),
    'W': _charsets(r"5[0-3]|[0-4]\d|\d"),
    'w': _charsets(r"[0-6]"),
    'u': _charsets(r"[1-7]"),
    'V': _charsets(r"5[0-3]|0[1-9]|[1-4]\d|\d"),
    'y': _charsets(r"\d\d"),
    'Y': _charsets(r"\d\d\d\d"),
}


def _names(seq):
    return sorted([s for s in seq if s], key=len, reverse=True)


_NAMES = {
    'A': _names(_F_WEEKDAY),
    'a': _names(_A_WEEKDAY),
    'B': _names(_F_MONTH[1:]),
    'b': _names(_A_MONTH[1:]),
    'p': _names(_AM_PM),
    'Z': _names(['utc', 'gmt']),
}

_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _compile(format, tokens):
    """Appends format's tokens: ('lit', c), ('ws',), ('dir', key)."""
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise IndexError
            d = format[i + 1]
            if d.isspace():
                raise KeyError('\\')
            if d in _EXPANSIONS:
                _compile(_EXPANSIONS[d], tokens)
            elif d == '%':
                tokens.append(('lit', '%'))
            elif d in _NUMERIC or d in _NAMES or d == 'z':
                tokens.append(('dir', d))
            elif d in '\\.^$*+?(){}[]|':
                raise KeyError('\\')
            else:
                raise KeyError(d)
            i += 2
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _z_ends(s, pos):
    """End positions of %z at pos, in the regex's order of preference."""
    ends = []
    if pos + 5 <= len(s) and s[pos] in '+-' and s[pos + 1] in _DIGITS and s[pos + 2] in _DIGITS:
        p = pos + 3
        if p < len(s) and s[p] == ':':
            p += 1
        if p + 2 <= len(s) and s[p] in '012345' and s[p + 1] in _DIGITS:
            p += 2
            base = p
            q = p
            if q < len(s) and s[q] == ':':
                q += 1
            if q + 2 <= len(s) and s[q] in '012345' and s[q + 1] in _DIGITS:
                q += 2
                sec_end = q
                if q + 1 < len(s) and s[q] == '.' and s[q + 1] in _DIGITS:
                    k = q + 1
                    while k < len(s) and k - q - 1 < 6 and s[k] in _DIGITS:
                        k += 1
                    for e in range(k, q + 1, -1):
                        ends.append(e)
                ends.append(sec_end)
            ends.append(base)
    if not ends and pos < len(s) and s[pos] == 'Z':
        ends.append(pos + 1)
    return ends


def _candidates(key, s, pos):
    """Where directive key can end at pos, in the regex's order of preference."""
    if key in _NUMERIC:
        for alt in _NUMERIC[key]:
            end = pos + len(alt)
            if end <= len(s) and all(s[pos + k] in cs for k, cs in enumerate(alt)):
                yield end
    elif key == 'z':
        yield from _z_ends(s, pos)
    else:
        low = s.lower()
        for name in _NAMES[key]:
            if low.startswith(name, pos):
                yield pos + len(name)


def _match(tokens, s, t, pos, found):
    """Backtracking match of tokens[t:] at s[pos:]; the end position or -1."""
    if t == len(tokens):
        return pos
    tok = tokens[t]
    kind = tok[0]
    if kind == 'lit':
        if pos < len(s) and (s[pos] == tok[1] or s[pos].lower() == tok[1].lower()):
            return _match(tokens, s, t + 1, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            r = _match(tokens, s, t + 1, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    key = tok[1]
    for end in _candidates(key, s, pos):
        found[key] = s[pos:end]
        r = _match(tokens, s, t + 1, end, found)
        if r >= 0:
            return r
    found.pop(key, None)
    return -1


_cache = {}


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    correction = datetime_date(iso_year, 1, 4).isoweekday() + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += datetime_date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= datetime_date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _parse(data_string, format):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    tokens = _cache.get(format)
    if tokens is None:
        try:
            tokens = _compile(format, [])
        except KeyError as err:
            bad_directive = err.args[0]
            if bad_directive == "\\":
                bad_directive = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" %
                             (bad_directive, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        _cache[format] = tokens
    native = _strptime_match(tokens, data_string)
    if native is None:
        found = {}
        end = _match(tokens, data_string, 0, 0, found)
    else:
        end, pairs = native
        found = dict(pairs)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != end:
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    return found


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    found_dict = _parse(data_string, format)
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for group_key in found_dict.keys():
        if group_key == 'y':
            year = int(found_dict['y'])
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif group_key == 'Y':
            year = int(found_dict['Y'])
        elif group_key == 'G':
            iso_year = int(found_dict['G'])
        elif group_key == 'm':
            month = int(found_dict['m'])
        elif group_key == 'B':
            month = _F_MONTH.index(found_dict['B'].lower())
        elif group_key == 'b':
            month = _A_MONTH.index(found_dict['b'].lower())
        elif group_key == 'd':
            day = int(found_dict['d'])
        elif group_key == 'H':
            hour = int(found_dict['H'])
        elif group_key == 'I':
            hour = int(found_dict['I'])
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif ampm == _AM_PM[1]:
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(found_dict['M'])
        elif group_key == 'S':
            second = int(found_dict['S'])
        elif group_key == 'f':
            s = found_dict['f']
            s += "0" * (6 - len(s))
            fraction = int(s)
        elif group_key == 'A':
            weekday = _F_WEEKDAY.index(found_dict['A'].lower())
        elif group_key == 'a':
            weekday = _A_WEEKDAY.index(found_dict['a'].lower())
        elif group_key == 'w':
            weekday = int(found_dict['w'])
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif group_key == 'u':
            weekday = int(found_dict['u'])
            weekday -= 1
        elif group_key == 'j':
            julian = int(found_dict['j'])
        elif group_key in ('U', 'W'):
            week_of_year = int(found_dict[group_key])
            if group_key == 'U':
                week_of_year_start = 6
            else:
                week_of_year_start = 0
        elif group_key == 'V':
            iso_week = int(found_dict['V'])
        elif group_key == 'z':
            z = found_dict['z']
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            msg = f"Inconsistent use of : in {found_dict['z']}"
                            raise ValueError(msg)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            found_zone = found_dict['Z'].lower()
            for value, tz_values in enumerate(_TIMEZONE):
                if found_zone in tz_values:
                    tz = value
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with "
                             "the year directive '%Y'. Use the ISO year '%G' "
                             "instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            julian += 366 if leap else 365
    if julian is None:
        julian = datetime_date(year, month, day).toordinal() - \
            datetime_date(year, 1, 1).toordinal() + 1
    else:
        datetime_result = datetime_date.fromordinal(
            (julian - 1) + datetime_date(year, 1, 1).toordinal())
        year = datetime_result.year
        month = datetime_result.month
        day = datetime_result.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second,
            weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:11])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime_timezone(tzdelta, tzname)
        else:
            tz = datetime_timezone(tzdelta)
        args += (tz,)
    return cls(*args)
