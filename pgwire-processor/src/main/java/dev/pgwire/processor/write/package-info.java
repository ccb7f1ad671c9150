/**
 * Writes the generated code with JavaPoet: a {@code RowType} per row class
 * ({@link dev.pgwire.processor.write.RowTypeWriter}), the tables and instance binding of each declaring class
 * ({@link dev.pgwire.processor.write.TablesWriter}), its {@code PgTableProvider}
 * ({@link dev.pgwire.processor.write.ProviderWriter}) and the {@code ServiceLoader} registry
 * ({@link dev.pgwire.processor.write.ServiceFile}). Generated code uses only {@code dev.pgwire.runtime.spi}.
 */
package dev.pgwire.processor.write;
