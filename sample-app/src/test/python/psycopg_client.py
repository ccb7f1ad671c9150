"""psycopg 3 against the sample: text and binary results, server-side parameters, prepared statements,
pipeline mode and TypeInfo.fetch."""
import datetime
import decimal
import os

import psycopg
from psycopg.types import TypeInfo

from clientlib import DATABASE, HOST, PORT, USER, canonical, check, done, emit, emit_row

# prepare_threshold=0: every statement is prepared server-side on first use (Parse/Bind/Execute).
conn = psycopg.connect(host=HOST, port=PORT, user=USER, dbname=DATABASE, prepare_threshold=0, autocommit=True)
emit("version", psycopg.__version__)
emit("server_version", conn.info.server_version)


def shipments(binary):
    cur = conn.cursor(binary=binary)
    for sid in os.environ["SHIPMENT_IDS"].split(","):
        cur.execute("SELECT * FROM shipments WHERE id = %s", (int(sid),))
        emit_row(f"{'binary' if binary else 'text'}.{sid}", [d.name for d in cur.description], cur.fetchone())


def parameters():
    cur = conn.cursor()
    # Server-side binding: the values travel as Bind parameters with the types psycopg chose.
    cur.execute("SELECT count(*) FROM shipments WHERE carrier = %s AND declared_value > %s AND ship_date >= %s"
                " AND handed_over_at < %s",
                ("UPS", decimal.Decimal("100.50"), datetime.date(2000, 1, 1),
                 datetime.datetime(2100, 1, 1, tzinfo=datetime.timezone.utc)))
    emit("param.count", cur.fetchone()[0])
    cur.execute("SELECT id FROM shipments WHERE id = ANY(%s) ORDER BY id", ([3, 1, 2],))
    emit("param.any", ",".join(str(r[0]) for r in cur.fetchall()))
    cur.execute("SELECT %s::int + 1, %s || '!'", (41, "hi"))
    emit("param.literals", "|".join(canonical(v) for v in cur.fetchone()))


def prepared():
    # The same statement many times: psycopg keeps it prepared and re-binds.
    cur = conn.cursor()
    total = 0
    for wid in range(1, 6):
        cur.execute("SELECT count(*) FROM orders WHERE warehouse_id = %s", (wid,), prepare=True)
        total += cur.fetchone()[0]
    emit("prepared.total", total)


def pipeline():
    with conn.pipeline():
        curs = [conn.execute("SELECT count(*) FROM orders WHERE warehouse_id = %s", (wid,)) for wid in range(1, 6)]
        names = conn.execute("SELECT code FROM warehouses ORDER BY id")
    emit("pipeline.total", sum(c.fetchone()[0] for c in curs))
    emit("pipeline.codes", ",".join(r[0] for r in names.fetchall()))


def type_info():
    for name in ("int4", "numeric", "uuid", "timestamptz", "text[]", "orders"):
        info = TypeInfo.fetch(conn, name)
        emit(f"typeinfo.{name}", f"{info.name}:{info.oid}:{info.array_oid}" if info else "None")


check("text", lambda: shipments(False))
check("binary", lambda: shipments(True))
check("param", parameters)
check("prepared", prepared)
check("pipeline", pipeline)
check("typeinfo", type_info)
conn.close()
done()
