/**
 * The {@code pgwire:run} goal: forks a JVM running {@code dev.pgwire.runtime.PgWireMain} on the project's
 * runtime classpath, so the application's {@code @PgTable} sources are served over the PostgreSQL wire
 * protocol while the application runs. {@link dev.pgwire.maven.RunMojo} reads the Maven model,
 * {@link dev.pgwire.maven.JavaCommand} assembles the command line and {@link dev.pgwire.maven.ForkedJvm}
 * owns the child process.
 */
package dev.pgwire.maven;
