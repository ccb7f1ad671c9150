package dev.pgwire.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority and server certificates made with the {@code openssl} command line, once
 * per JVM in a temporary directory: what an operator would make, and what psql and pgjdbc verify against.
 * The server certificate is for {@code localhost} and {@code 127.0.0.1} (subjectAltName), signed by the CA.
 */
public final class TestCertificates {
    private static TestCertificates instance;

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** True when the openssl command line is installed. */
    public static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The shared set, made on first use. */
    public static synchronized TestCertificates get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("pgwire-tls");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "pgwire-tls-cleanup"));
                TestCertificates c = new TestCertificates(dir);
                c.make();
                instance = c;
            } catch (IOException e) {
                throw new IllegalStateException("cannot make test certificates", e);
            }
        }
        return instance;
    }

    private void make() throws IOException {
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=pgwire test CA");
        // The server key as PKCS#8 (openssl 3's default); other key forms are made by keyIn().
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.crt", "-days", "2", "-sha256", "-extfile", "san.ext");
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }

    /** The CA certificate clients verify against (sslrootcert). */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** The server certificate (signed by the CA, SHA-256, EC P-256). */
    public Path serverCertificate() {
        return dir.resolve("server.crt");
    }

    /** The server's private key, PKCS#8 PEM. */
    public Path serverKey() {
        return dir.resolve("server.key");
    }

    public Path directory() {
        return dir;
    }

    /**
     * Runs openssl in the certificate directory and returns its standard output.
     *
     * @throws IllegalStateException with openssl's output when it fails
     */
    public String openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
