/**
 * PostgreSQL SQL at the lexical level: tokens, statement splitting. Free of Netty and Calcite; shared
 * by the session (classifying utility statements) and the engine (rewriting PostgreSQL syntax).
 */
package dev.pgwire.runtime.sql;
