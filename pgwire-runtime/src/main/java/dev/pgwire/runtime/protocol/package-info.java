/**
 * The PostgreSQL v3 wire protocol over Netty: the frontend decoder, backend message writers, the
 * per-connection handler that runs sessions off the event loop, and the channel initializer.
 */
package dev.pgwire.runtime.protocol;
