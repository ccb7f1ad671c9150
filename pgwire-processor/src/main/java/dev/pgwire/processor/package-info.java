/**
 * The {@code @PgTable} annotation processor. {@link dev.pgwire.processor.PgTableProcessor} drives the
 * pipeline: {@link dev.pgwire.processor.read read} elements into the {@link dev.pgwire.processor.model model},
 * {@link dev.pgwire.processor.validate validate} it, {@link dev.pgwire.processor.write write} the code; all
 * problems go through {@link dev.pgwire.processor.diag.ErrorReporter}.
 *
 * <p>For a row class {@code Order} it writes {@code Order_PgRowType} (columns and a reflection-free
 * extractor); for a class {@code Shop} that declares sources, {@code Shop_PgTables} (the table sources, and an
 * {@code InstanceBinding} for instance members) and {@code Shop_PgTableProvider}, listed in
 * {@code META-INF/services/dev.pgwire.runtime.spi.PgTableProvider}. Generated code lives in the package of the
 * class it belongs to, so package-private members work, and uses only {@code dev.pgwire.runtime.spi}.
 *
 * <p>Use it as an explicit processor path (newer JDKs no longer run processors found on the class path):
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path>
 *     <groupId>dev.pgwire</groupId>
 *     <artifactId>pgwire-processor</artifactId>
 *     <version>${pgwire.version}</version>
 *   </path>
 * </annotationProcessorPaths>
 * }</pre>
 */
package dev.pgwire.processor;
