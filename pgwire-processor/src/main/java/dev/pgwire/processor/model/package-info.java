/**
 * The immutable model the processor builds from annotated elements: row types with their columns, and the
 * classes that declare table sources. It holds names and JavaPoet type names only, never
 * {@code javax.lang.model} elements, so validators and writers can be reasoned about (and tested) on their own.
 */
package dev.pgwire.processor.model;
