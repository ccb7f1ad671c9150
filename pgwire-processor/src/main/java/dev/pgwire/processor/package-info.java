/**
 * The {@code @PgTable} annotation processor. {@link dev.pgwire.processor.PgTableProcessor} drives the
 * pipeline: {@link dev.pgwire.processor.read read} elements into the {@link dev.pgwire.processor.model model},
 * {@link dev.pgwire.processor.validate validate} it, {@link dev.pgwire.processor.write write} the code; all
 * problems go through {@link dev.pgwire.processor.diag.ErrorReporter}.
 */
package dev.pgwire.processor;
