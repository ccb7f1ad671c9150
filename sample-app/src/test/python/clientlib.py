"""Shared helpers of the client scripts the JUnit drivers in dev.pgwire.sample.clients run.

A script connects to the server named by PGHOST, PGPORT, PGUSER and PGDATABASE and prints one line per
observation: key, a tab, then a value. Values are canonical so that the Java side can compare them with
the service's own data: type_name:text, with datetimes in UTC at microsecond precision and bytes in hex.
"""
import datetime
import decimal
import os
import sys
import uuid

HOST = os.environ.get("PGHOST", "127.0.0.1")
PORT = int(os.environ.get("PGPORT", "5432"))
USER = os.environ.get("PGUSER", "test")
DATABASE = os.environ.get("PGDATABASE", "sample")


def emit(key, value):
    """One observation; embedded tabs and newlines would break the line protocol, so they are escaped."""
    text = str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    print(f"{key}\t{text}", flush=True)


def canonical(value):
    """type_name:text of a value as a driver returned it."""
    if value is None:
        return "NoneType:"
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, (bytes, bytearray)):
        return "bytes:" + bytes(value).hex()
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return "datetime:" + value.strftime("%Y-%m-%dT%H:%M:%S.%f")
        utc = value.astimezone(datetime.timezone.utc)
        return "datetime_tz:" + utc.strftime("%Y-%m-%dT%H:%M:%S.%f")
    if isinstance(value, datetime.date):
        return "date:" + value.isoformat()
    if isinstance(value, datetime.time):
        return "time:" + value.strftime("%H:%M:%S.%f")
    if isinstance(value, bool):
        return "bool:" + str(value).lower()
    if isinstance(value, float):
        return "float:" + repr(value)
    if isinstance(value, (int, decimal.Decimal, uuid.UUID, str)):
        return type(value).__name__ + ":" + str(value)
    if isinstance(value, (list, tuple)):
        return "list:[" + ",".join(canonical(v) for v in value) + "]"
    return type(value).__name__ + ":" + str(value)


def emit_row(prefix, names, row):
    """One line per column: prefix.column -> canonical value."""
    for name, value in zip(names, row):
        emit(f"{prefix}.{name}", canonical(value))


def check(name, fn):
    """Runs one check; a failure is reported as an observation so the other checks still run."""
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - every failure becomes a line the Java side shows
        emit(f"{name}.error", f"{type(e).__name__}: {e}".splitlines()[0])


def done():
    emit("done", "ok")
    sys.stdout.flush()
