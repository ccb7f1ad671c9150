"""asyncpg against the sample: its type introspection at connect, binary results of every column type,
prepared statements, parameters of several types, and a pool that resets connections on release."""
import asyncio
import datetime
import decimal
import os
import uuid

import asyncpg

from clientlib import DATABASE, HOST, PORT, USER, done, emit, emit_row


async def check(name, coro):
    try:
        await coro
    except Exception as e:  # noqa: BLE001 - every failure becomes a line the Java side shows
        emit(f"{name}.error", f"{type(e).__name__}: {e}".splitlines()[0])


async def shipments(conn):
    for sid in os.environ["SHIPMENT_IDS"].split(","):
        row = await conn.fetchrow("SELECT * FROM shipments WHERE id = $1", int(sid))
        emit_row(f"shipment.{sid}", list(row.keys()), list(row.values()))


async def parameters(conn):
    cases = {
        "int8": ("SELECT count(*) FROM shipments WHERE id <= $1", 10),
        "text": ("SELECT count(*) FROM shipments WHERE carrier = $1", "UPS"),
        "numeric": ("SELECT count(*) FROM shipments WHERE declared_value > $1", decimal.Decimal("100.50")),
        "date": ("SELECT count(*) FROM shipments WHERE ship_date >= $1", datetime.date(2000, 1, 1)),
        "timestamptz": ("SELECT count(*) FROM shipments WHERE handed_over_at < $1",
                        datetime.datetime(2100, 1, 1, tzinfo=datetime.timezone.utc)),
        "uuid": ("SELECT id FROM shipments WHERE tracking_token = $1",
                 uuid.UUID(os.environ["TRACKING_TOKEN"])),
        "bool": ("SELECT count(*) FROM shipments WHERE signature_required = $1", True),
        "float8": ("SELECT count(*) FROM shipments WHERE volume_m3 > $1", 0.05),
        "any": ("SELECT count(*) FROM shipments WHERE id = ANY($1)", [1, 2, 3, -1]),
    }
    for name, (sql, arg) in cases.items():
        try:
            emit(f"param.{name}", await conn.fetchval(sql, arg))
        except Exception as e:  # noqa: BLE001
            emit(f"param.error", f"{name}: {type(e).__name__}: {e}".splitlines()[0])


async def prepared(conn):
    stmt = await conn.prepare("SELECT id, code FROM warehouses WHERE id > $1 ORDER BY id")
    emit("prepared.params", ",".join(t.name for t in stmt.get_parameters()))
    emit("prepared.columns", ",".join(f"{a.name}:{a.type.name}" for a in stmt.get_attributes()))
    emit("prepared.first", ",".join(r["code"] for r in await stmt.fetch(0)))
    emit("prepared.second", ",".join(r["code"] for r in await stmt.fetch(3)))


async def pool():
    async with asyncpg.create_pool(host=HOST, port=PORT, user=USER, database=DATABASE,
                                   min_size=1, max_size=2) as p:
        counts = []
        for _ in range(3):
            # Each release resets the connection (RESET ALL, pg_advisory_unlock_all(), CLOSE ALL, ...).
            async with p.acquire() as conn:
                await conn.execute("SET application_name = 'pooled'")
                counts.append(await conn.fetchval("SELECT count(*) FROM warehouses"))
        emit("pool.counts", ",".join(str(c) for c in counts))
        emit("pool.after_reset", await p.fetchval("SELECT current_setting('application_name')"))


async def main():
    conn = await asyncpg.connect(host=HOST, port=PORT, user=USER, database=DATABASE)
    emit("version", asyncpg.__version__)
    emit("server_version", ".".join(str(v) for v in conn.get_server_version()[:2]))
    await check("shipment", shipments(conn))
    await check("param", parameters(conn))
    await check("prepared", prepared(conn))
    await conn.close()
    await check("pool", pool())
    done()


asyncio.run(main())
