/**
 * Diagnostics: the catalogue of user-facing {@link dev.pgwire.processor.diag.Messages}, the
 * {@link dev.pgwire.processor.diag.ErrorReporter} that prints and counts them, and the
 * {@link dev.pgwire.processor.diag.Locations} that map model objects back to the elements they came from.
 */
package dev.pgwire.processor.diag;
