/**
 * TLS settings of a server: the certificate chain and private key read from PEM files into a JDK
 * {@link javax.net.ssl.SSLContext}, and the {@code tls-server-end-point} channel binding data of the
 * certificate. No Netty here; the protocol package wraps the engines this creates.
 */
package dev.pgwire.runtime.tls;
