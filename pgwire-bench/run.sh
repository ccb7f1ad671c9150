#!/usr/bin/env bash
# The benchmark: pgwire and a throwaway PostgreSQL 15 side by side, same data, same clients; writes BENCHMARKS.md.
#   pgwire-bench/run.sh                         build, then the full run (about 7 minutes on 2 cores)
#   pgwire-bench/run.sh --tiny --output FILE    the CI-sized run (under a minute)
#   options: --scale N, --source map|list, --keep (leave the work directory), --no-build
# Needs JDK 17+ and PostgreSQL 15's server binaries and pgbench (/usr/lib/postgresql/15/bin or $PGWIRE_PG_BIN).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then build=0; else args+=("$a"); fi
done
if [ "$build" = 1 ]; then
  ./mvnw -q -B -pl pgwire-bench -am package -DskipTests
fi
classpath="$PWD/pgwire-bench/target/classes:$(cat pgwire-bench/target/bench.classpath)"
exec java -Xmx1g -cp "$classpath" dev.pgwire.bench.harness.Harness "${args[@]}"
