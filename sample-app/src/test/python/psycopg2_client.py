"""psycopg2 against the sample: parameters interpolated by the driver, every column type, named cursors."""
import os

import psycopg2
import psycopg2.extras

from clientlib import DATABASE, HOST, PORT, USER, canonical, check, done, emit, emit_row

psycopg2.extras.register_uuid()
conn = psycopg2.connect(host=HOST, port=PORT, user=USER, dbname=DATABASE)
emit("version", psycopg2.__version__.split()[0])
emit("server_version", conn.server_version)


def shipments():
    cur = conn.cursor()
    for sid in os.environ["SHIPMENT_IDS"].split(","):
        cur.execute("SELECT * FROM shipments WHERE id = %s", (int(sid),))
        emit_row(f"shipment.{sid}", [d.name for d in cur.description], cur.fetchone())
    conn.rollback()


def parameters():
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM shipments WHERE carrier = %(c)s AND ship_date >= %(d)s AND notes IS NULL",
                {"c": "UPS", "d": __import__("datetime").date(2000, 1, 1)})
    emit("param.count_ups", cur.fetchone()[0])
    cur.execute("SELECT code FROM warehouses WHERE code IN %s ORDER BY code", (("AMS1", "BER1", "none"),))
    emit("param.codes", ",".join(r[0] for r in cur.fetchall()))
    cur.execute("SELECT %s::text || %s, %s + 1", ("it's ", "quoted", 41))
    emit("param.literals", "|".join(canonical(v) for v in cur.fetchone()))
    conn.rollback()


def named_cursor():
    with conn.cursor(name="all_shipments") as cur:
        cur.itersize = 500
        cur.execute("SELECT id FROM shipments ORDER BY id")
        ids = [r[0] for r in cur]
    emit("named.count", len(ids))
    emit("named.sum", sum(ids))
    conn.rollback()


check("shipment", shipments)
check("param", parameters)
check("named", named_cursor)
conn.close()
done()
