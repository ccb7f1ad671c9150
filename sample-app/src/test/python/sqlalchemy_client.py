"""SQLAlchemy 2.x over a given driver (argv[1]: psycopg2 or psycopg): inspect(), MetaData.reflect(), a
Core select, and pandas.read_sql of a query and of a table."""
import sys

import pandas as pd
import sqlalchemy as sa

from clientlib import DATABASE, HOST, PORT, USER, check, done, emit

driver = sys.argv[1]
engine = sa.create_engine(f"postgresql+{driver}://{USER}@{HOST}:{PORT}/{DATABASE}")
emit("version", sa.__version__)
insp = sa.inspect(engine)


def names():
    emit("schemas", ",".join(insp.get_schema_names()))
    emit("tables", ",".join(sorted(insp.get_table_names())))
    emit("views", ",".join(sorted(insp.get_view_names())))


def columns():
    for c in insp.get_columns("shipments"):
        emit(f"column.{c['name']}", f"{c['type']!r}|{c['nullable']}|{c.get('comment')}")


def keys():
    pk = insp.get_pk_constraint("shipments")
    emit("pk", f"{pk['name']}:{','.join(pk['constrained_columns'])}")
    emit("fk.order_lines", ";".join(f"{','.join(f['constrained_columns'])}->{f['referred_table']}"
                                     f"({','.join(f['referred_columns'])})"
                                     for f in insp.get_foreign_keys("order_lines")))
    emit("indexes", ";".join(f"{i['name']}:{','.join(i['column_names'])}:{i['unique']}"
                             for i in insp.get_indexes("shipments")))
    emit("unique", ";".join(u["name"] for u in insp.get_unique_constraints("shipments")))
    emit("checks", ";".join(c["name"] for c in insp.get_check_constraints("shipments")))


def comment():
    emit("comment", insp.get_table_comment("shipments")["text"])


def reflect():
    md = sa.MetaData()
    md.reflect(engine)
    emit("reflect.tables", ",".join(sorted(md.tables)))
    shipments = md.tables["shipments"]
    emit("reflect.pk", ",".join(c.name for c in shipments.primary_key.columns))
    stmt = sa.select(shipments.c.id, shipments.c.carrier).where(shipments.c.id.in_([1, 2, 3])).order_by(
        shipments.c.id)
    with engine.connect() as conn:
        emit("core.rows", ";".join(f"{r.id}:{r.carrier}" for r in conn.execute(stmt)))


def pandas():
    df = pd.read_sql("SELECT id, declared_value, handed_over_at FROM shipments ORDER BY id LIMIT 3", engine)
    emit("pandas.query", f"{len(df)}:{','.join(df.columns)}:{','.join(str(v) for v in df['id'])}")
    emit("pandas.query_types", ",".join(str(t) for t in df.dtypes))
    table = pd.read_sql("warehouses", engine)
    emit("pandas.table", f"{len(table)}:{','.join(table.columns)}")


check("names", names)
check("columns", columns)
check("keys", keys)
check("comment", comment)
check("reflect", reflect)
check("pandas", pandas)
engine.dispose()
done()
