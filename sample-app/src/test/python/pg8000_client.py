"""pg8000's native API (pure Python, extended protocol, parameters typed by the driver) against the sample."""
import datetime
import os

import pg8000.native

from clientlib import DATABASE, HOST, PORT, USER, check, done, emit, emit_row

conn = pg8000.native.Connection(USER, host=HOST, port=PORT, database=DATABASE)
emit("version", pg8000.__version__ if hasattr(pg8000, "__version__") else "unknown")
emit("server_version", conn.parameter_statuses.get("server_version", ""))


def shipments():
    for sid in os.environ["SHIPMENT_IDS"].split(","):
        rows = conn.run("SELECT * FROM shipments WHERE id = :id", id=int(sid))
        emit_row(f"shipment.{sid}", [c["name"] for c in conn.columns], rows[0])


def parameters():
    rows = conn.run("SELECT count(*) FROM shipments WHERE carrier = :c AND handed_over_at < :t",
                    c="UPS", t=datetime.datetime(2100, 1, 1, tzinfo=datetime.timezone.utc))
    emit("param.count", rows[0][0])
    rows = conn.run("SELECT id FROM shipments WHERE id = ANY(:ids) ORDER BY id", ids=[3, 1, 2])
    emit("param.any", ",".join(str(r[0]) for r in rows))


def prepared():
    ps = conn.prepare("SELECT code FROM warehouses WHERE id = :id")
    emit("prepared.codes", ",".join(ps.run(id=i)[0][0] for i in range(1, 6)))
    ps.close()


check("shipment", shipments)
check("param", parameters)
check("prepared", prepared)
conn.close()
done()
