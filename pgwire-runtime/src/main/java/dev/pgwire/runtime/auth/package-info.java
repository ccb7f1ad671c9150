/**
 * Who may log in and how a login is checked: {@link dev.pgwire.runtime.auth.AuthMethod}, the users and their
 * stored secrets ({@link dev.pgwire.runtime.auth.UserStore}, {@link dev.pgwire.runtime.auth.ScramVerifier},
 * {@link dev.pgwire.runtime.auth.Md5Password}) and the server side of SCRAM-SHA-256(-PLUS)
 * ({@link dev.pgwire.runtime.auth.ScramExchange}). Pure Java: the protocol package moves the messages.
 * Plain passwords are turned into salted verifiers when the server is built and are not kept.
 */
package dev.pgwire.runtime.auth;
