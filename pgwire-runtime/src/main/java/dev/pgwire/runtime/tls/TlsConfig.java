package dev.pgwire.runtime.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * A server's TLS identity: an {@link SSLContext} over its certificate chain and key, TLS 1.2 and 1.3 only
 * (PostgreSQL's default {@code ssl_min_protocol_version}), and the channel binding data SCRAM-SHA-256-PLUS
 * checks. Built once per server; {@link #newEngine()} once per connection.
 */
public final class TlsConfig {
    /** The ALPN protocol name PostgreSQL 17 registers; clients that offer ALPN must offer it. */
    public static final String ALPN_POSTGRESQL = "postgresql";
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final SSLContext context;
    private final X509Certificate certificate;
    private final byte[] endPointHash;

    private TlsConfig(SSLContext context, X509Certificate certificate) {
        this.context = context;
        this.certificate = certificate;
        this.endPointHash = serverEndPoint(certificate);
    }

    /**
     * Reads a PEM certificate chain (server certificate first, intermediates after it) and its unencrypted
     * private key (PKCS#8, PKCS#1 RSA or SEC 1 EC).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static TlsConfig fromPemFiles(Path certificateChain, Path privateKey) {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        List<X509Certificate> chain = PemFiles.certificates(certificateChain);
        PrivateKey key = PemFiles.privateKey(privateKey);
        if (!keyFits(key, chain.get(0))) {
            throw new IllegalArgumentException("TLS key " + privateKey + " does not fit certificate " + certificateChain
                    + ": it is not the private key of the certificate's public key");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] noPassword = new char[0];
            store.setKeyEntry("server", key, noPassword, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, noPassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return new TlsConfig(context, chain.get(0));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("TLS key " + privateKey + " does not fit certificate "
                    + certificateChain + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a random challenge with the key and checks it with the certificate: a mismatch fails at start. */
    private static boolean keyFits(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
            default -> null; // e.g. RSASSA-PSS: checked by the first handshake instead
        };
        if (algorithm == null) {
            return true;
        }
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Uses a ready {@link SSLContext} (for key stores, hardware keys, reloading key managers).
     *
     * @param certificate the server certificate it presents, for SCRAM-SHA-256-PLUS channel binding
     */
    public static TlsConfig of(SSLContext context, X509Certificate certificate) {
        return new TlsConfig(Objects.requireNonNull(context, "context"),
                Objects.requireNonNull(certificate, "certificate"));
    }

    /** A server-mode engine for one connection, accepting ALPN {@value #ALPN_POSTGRESQL} or no ALPN. */
    public SSLEngine newEngine() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(PROTOCOLS);
        parameters.setApplicationProtocols(new String[] {ALPN_POSTGRESQL});
        parameters.setUseCipherSuitesOrder(true);
        engine.setSSLParameters(parameters);
        return engine;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The {@code tls-server-end-point} channel binding data (RFC 5929 section 4.1). */
    public byte[] channelBindingData() {
        return endPointHash.clone();
    }

    /**
     * The certificate's hash with the hash function of its signature algorithm, SHA-256 for MD5 and SHA-1 (and,
     * as PostgreSQL's OpenSSL code does, for signatures without a separate hash).
     */
    private static byte[] serverEndPoint(X509Certificate certificate) {
        String signature = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        String hash = signature.startsWith("SHA384") ? "SHA-384" : signature.startsWith("SHA512") ? "SHA-512"
                : "SHA-256";
        try {
            return MessageDigest.getInstance(hash).digest(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hash + " unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "TlsConfig[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
