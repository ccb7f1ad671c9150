/**
 * The benchmark's application: pgbench's schema ({@code pgbench_accounts}, {@code pgbench_branches},
 * {@code pgbench_tellers}, {@code pgbench_history}) with exactly the rows {@code pgbench -i} generates,
 * declared with {@code @PgTable} as a user would and served by {@link dev.pgwire.bench.app.BenchApp}.
 */
package dev.pgwire.bench.app;
