/**
 * Reads annotated elements into the {@link dev.pgwire.processor.model model}: row types and their columns
 * ({@link dev.pgwire.processor.read.RowTypeReader}), table sources
 * ({@link dev.pgwire.processor.read.SourceReader}), the Java → SQL type table
 * ({@link dev.pgwire.processor.read.ColumnTypes}) and naming rules ({@link dev.pgwire.processor.read.Names}).
 * Problems that only the elements can reveal (unsupported types, shapes, visibility) are reported here;
 * rules over the finished model live in {@link dev.pgwire.processor.validate}.
 */
package dev.pgwire.processor.read;
