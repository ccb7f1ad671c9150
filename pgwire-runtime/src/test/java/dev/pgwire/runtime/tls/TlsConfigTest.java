package dev.pgwire.runtime.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PEM loading with keys and certificates made by the openssl command line in every form it writes. */
class TlsConfigTest {
    private static TestCertificates certs;

    @BeforeAll
    static void certificates() {
        assumeTrue(TestCertificates.opensslAvailable(), "the openssl command line is not installed");
        certs = TestCertificates.get();
    }

    @Test
    void loadsPkcs8EcKeyAndChainAndOffersModernTlsOnly() {
        TlsConfig tls = TlsConfig.fromPemFiles(certs.serverCertificate(), certs.serverKey());
        assertEquals("CN=localhost", tls.certificate().getSubjectX500Principal().getName());
        SSLEngine engine = tls.newEngine();
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), Arrays.asList(engine.getSSLParameters().getProtocols()));
        assertEquals(List.of("postgresql"), Arrays.asList(engine.getSSLParameters().getApplicationProtocols()));
    }

    /** RFC 5929: the certificate's hash with its signature's hash function (SHA-256 here, SHA-384 below). */
    @Test
    void channelBindingDataIsTheCertificateHash() throws Exception {
        TlsConfig tls = TlsConfig.fromPemFiles(certs.serverCertificate(), certs.serverKey());
        String der = certs.openssl("x509", "-in", "server.crt", "-outform", "DER", "-out", "server.der");
        assertEquals("", der);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(
                Files.readAllBytes(certs.directory().resolve("server.der")));
        assertArrayEquals(expected, tls.channelBindingData());

        certs.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp384r1", "-nodes",
                "-keyout", "p384.key", "-out", "p384.crt", "-days", "1", "-sha384", "-subj", "/CN=p384");
        certs.openssl("x509", "-in", "p384.crt", "-outform", "DER", "-out", "p384.der");
        TlsConfig p384 = TlsConfig.fromPemFiles(certs.directory().resolve("p384.crt"),
                certs.directory().resolve("p384.key"));
        assertArrayEquals(MessageDigest.getInstance("SHA-384").digest(
                Files.readAllBytes(certs.directory().resolve("p384.der"))), p384.channelBindingData());
    }

    @Test
    void readsPkcs1RsaAndSec1EcKeys() {
        certs.openssl("genrsa", "-traditional", "-out", "rsa1.key", "2048");
        certs.openssl("req", "-x509", "-key", "rsa1.key", "-out", "rsa1.crt", "-days", "1", "-subj", "/CN=rsa");
        assertTrue(read("rsa1.key").contains("BEGIN RSA PRIVATE KEY"));
        assertEquals("RSA", TlsConfig.fromPemFiles(path("rsa1.crt"), path("rsa1.key")).certificate()
                .getPublicKey().getAlgorithm());

        certs.openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "sec1.key");
        certs.openssl("req", "-x509", "-key", "sec1.key", "-out", "sec1.crt", "-days", "1", "-subj", "/CN=ec");
        assertTrue(read("sec1.key").contains("BEGIN EC PRIVATE KEY"));
        assertEquals("CN=ec", TlsConfig.fromPemFiles(path("sec1.crt"), path("sec1.key")).certificate()
                .getSubjectX500Principal().getName());
    }

    @Test
    void problemsAreNamedClearly() throws Exception {
        certs.openssl("pkey", "-in", "server.key", "-aes256", "-passout", "pass:x", "-out", "encrypted.key");
        assertMessage("is encrypted; decrypt it first", certs.serverCertificate(), path("encrypted.key"));
        assertMessage("holds no PEM private key", certs.serverCertificate(), certs.serverCertificate());
        assertMessage("holds no PEM certificate", certs.serverKey(), certs.serverKey());
        assertMessage("cannot read TLS certificate file", path("missing.crt"), certs.serverKey());
        Files.writeString(path("garbage.crt"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertMessage("is not a valid X.509 certificate", path("garbage.crt"), certs.serverKey());
        // A key that is not the certificate's: refused at start, not at the first handshake
        certs.openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-out", "other.key");
        assertMessage("does not fit certificate", certs.serverCertificate(), path("other.key"));
    }

    private static void assertMessage(String part, Path cert, Path key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.fromPemFiles(cert, key));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static Path path(String name) {
        return certs.directory().resolve(name);
    }

    private static String read(String name) {
        try {
            return Files.readString(path(name));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
