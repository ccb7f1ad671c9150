"""Reads the same query from PostgreSQL and from pgwire with psycopg 3 (text and binary) and asyncpg, and prints
one line per value that a client decodes differently. Usage: python_clients.py PG_PORT PGWIRE_PORT ZONE SQL...
Exit status 3 when a client library is missing (the Java test turns that into a skipped assumption)."""
import asyncio
import sys
import traceback

try:
    import asyncpg
    import psycopg
except ImportError as e:  # pragma: no cover
    print("missing python module: %s" % e.name)
    sys.exit(3)

PG_PORT, OUR_PORT, ZONE, QUERIES = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]


def psycopg_rows(port, binary, sql):
    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres") as conn:
        conn.execute("SET TimeZone TO '%s'" % ZONE)
        with conn.cursor(binary=binary) as cur:
            cur.execute(sql)
            names = [d.name for d in cur.description]
            return names, [tuple(r) for r in cur.fetchall()]


async def asyncpg_results(port):
    # Not the array query: for arrays (but text[]) asyncpg introspects the type through pg_type and, against pgwire,
    # recursed until RecursionError when this test was written (catalog compatibility is the client suites' job).
    conn = await asyncpg.connect(host="127.0.0.1", port=port, user="postgres", database="postgres")
    try:
        await conn.execute("SET TimeZone TO '%s'" % ZONE)
        results = []
        for sql in [q for q in QUERIES if not q.startswith("SELECT ai4")]:
            records = await conn.fetch(sql)
            names = list(records[0].keys()) if records else []
            results.append((names, [tuple(r.values()) for r in records]))
        return results
    finally:
        await conn.close()


def compare_all(client, expected, actual):
    return sum(compare(client, e, a) for e, a in zip(expected, actual))


def compare(client, expected, actual):
    problems = 0
    (names, pg_rows), (our_names, our_rows) = expected, actual
    if names != our_names or len(pg_rows) != len(our_rows):
        print("%s: shape differs: %r/%d vs %r/%d" % (client, names, len(pg_rows), our_names, len(our_rows)))
        return 1
    for r, (pg_row, our_row) in enumerate(zip(pg_rows, our_rows)):
        for name, pg_value, our_value in zip(names, pg_row, our_row):
            # repr() also compares types (Decimal vs float, datetime tzinfo); NaN != NaN, so compare text.
            if repr(pg_value) != repr(our_value):
                print("%s: %s row %d: PostgreSQL %r, pgwire %r" % (client, name, r + 1, pg_value, our_value))
                problems += 1
    return problems


def run(client, fetch, comparison=None):
    try:
        expected = fetch(PG_PORT)
    except Exception as e:  # the oracle itself failing is a test bug
        print("%s: PostgreSQL failed: %r" % (client, e))
        return 1
    try:
        actual = fetch(OUR_PORT)
    except Exception as e:
        print("%s: pgwire failed: %r\n%s" % (client, e, traceback.format_exc(limit=-12)))
        return 1
    return (comparison or compare)(client, expected, actual)


problems = 0
for sql in QUERIES:
    problems += run("psycopg text", lambda port: psycopg_rows(port, False, sql))
    problems += run("psycopg binary", lambda port: psycopg_rows(port, True, sql))
problems += run("asyncpg", lambda port: asyncio.run(asyncpg_results(port)), compare_all)

sys.exit(1 if problems else 0)
