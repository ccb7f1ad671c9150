/**
 * The benchmark harness: starts a throwaway PostgreSQL 15 and the benchmark app, drives both with the same
 * clients (pgbench custom scripts, pgjdbc, a raw protocol client), measures throughput, latency and memory,
 * profiles pgwire where it misses a target, and renders BENCHMARKS.md. Entry point:
 * {@link dev.pgwire.bench.harness.Harness}.
 */
package dev.pgwire.bench.harness;
