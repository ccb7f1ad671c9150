/**
 * The runtime's public API for generated code: row types, table sources, instance bindings and the
 * {@link dev.pgwire.runtime.spi.PgTableProvider} service the annotation processor registers. Code the
 * processor writes uses only this package.
 */
package dev.pgwire.runtime.spi;
