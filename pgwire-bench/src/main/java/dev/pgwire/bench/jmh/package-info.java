/**
 * JMH microbenchmarks of the wire hot paths: DataRow encoding, the codecs of common types and the frontend
 * decoder. Built with the module (the annotation processor generates the harness classes); run them with
 * {@code java -cp ... org.openjdk.jmh.Main} as the README says.
 */
package dev.pgwire.bench.jmh;
