/**
 * Real client libraries of other languages against the embedded sample server: Python (psycopg2,
 * psycopg 3, asyncpg, pg8000, SQLAlchemy, pandas) and Node (node-postgres) run as subprocesses whose
 * line-oriented output the tests compare with the service's data; the Vert.x PostgreSQL client runs
 * in-process. A test is skipped, with the reason, only when the interpreter or library is not installed.
 */
package dev.pgwire.sample.clients;
