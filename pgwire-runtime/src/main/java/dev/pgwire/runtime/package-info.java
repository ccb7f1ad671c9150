/**
 * The server API: {@link dev.pgwire.runtime.PgWireServer} to embed a PostgreSQL-protocol server in an
 * application, {@link dev.pgwire.runtime.PgWire#expose(Object)} to publish instances to it, and
 * {@link dev.pgwire.runtime.PgWireMain} to run one around an application's main class.
 */
package dev.pgwire.runtime;
