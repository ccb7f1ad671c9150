/** PostgreSQL types: OIDs, {@code pg_type} identity, and text and binary wire codecs. */
package dev.pgwire.runtime.types;
