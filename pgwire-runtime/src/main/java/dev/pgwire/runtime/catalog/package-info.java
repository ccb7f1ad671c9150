/**
 * PostgreSQL's system catalogs over the exposed tables: an immutable, Calcite-free
 * {@link dev.pgwire.runtime.catalog.CatalogModel} with stable OIDs, the {@code pg_catalog} and
 * {@code information_schema} relations built from it, and the catalog functions tools call
 * ({@code format_type}, {@code pg_table_is_visible}, {@code to_regclass}, ...).
 *
 * <p>Relation columns, built-in types and settings are data captured from PostgreSQL 15 (resources
 * next to this package), so their names, order and OIDs match what clients expect.
 */
package dev.pgwire.runtime.catalog;
