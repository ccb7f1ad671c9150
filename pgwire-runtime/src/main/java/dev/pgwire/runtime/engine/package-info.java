/**
 * The SQL engine: PostgreSQL-flavoured SQL planned and compiled by Apache Calcite over the registry's
 * tables. {@link dev.pgwire.runtime.engine.CalciteQueryEngine} is the entry point; the rest of the
 * package is its pipeline: a token-level rewrite of PostgreSQL syntax Calcite cannot parse
 * ({@link dev.pgwire.runtime.engine.PgSqlRewriter}), AST rewrites and PostgreSQL column labels,
 * planning to Enumerable code ({@link dev.pgwire.runtime.engine.QueryPlanner}), a plan cache, and
 * cursors that stream rows in the {@link dev.pgwire.runtime.spi.Values} representation.
 */
package dev.pgwire.runtime.engine;
