/**
 * The seam between the session layer and the SQL engine: {@link dev.pgwire.runtime.query.QueryEngine},
 * prepared queries, result cursors and errors with SQLSTATEs. Free of Netty and of Calcite.
 */
package dev.pgwire.runtime.query;
