/** End-to-end tests of authentication and TLS with real clients (psql, pgjdbc, psycopg, asyncpg) over sockets. */
package dev.pgwire.runtime.security;
