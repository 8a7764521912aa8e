//! The atoms the NIF returns or matches.

rustler::atoms! {
    ok,
    error,
    busy,
    host_call,
    host_calls,
    io,
    nil,
    bytes,
    nan,
    infinity,
    neg_infinity,
    __struct__,
    map,
    version,
    done,
    json,
    line_counts,
    call_counts,
    call_us,
}
