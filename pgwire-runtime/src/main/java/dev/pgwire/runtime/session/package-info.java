/**
 * The session layer, free of Netty: startup settings, prepared statements, portals, transaction state,
 * utility statements ({@code SET}, {@code SHOW}, {@code BEGIN}, ...) and the rules of the simple and
 * extended query protocols. A {@link dev.pgwire.runtime.session.Session} drives a
 * {@link dev.pgwire.runtime.session.ResponseSink}; the protocol package turns that into wire messages.
 */
package dev.pgwire.runtime.session;
