package dev.pgwire.runtime.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM files like PostgreSQL's {@code ssl_cert_file} and {@code ssl_key_file}: a certificate chain (server
 * certificate first), and an unencrypted private key in PKCS#8 ({@code PRIVATE KEY}), PKCS#1
 * ({@code RSA PRIVATE KEY}) or SEC 1 ({@code EC PRIVATE KEY}) form. The last two are rewrapped as PKCS#8, which
 * is all the JDK reads, so no extra crypto library is needed.
 */
final class PemFiles {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s:,\\-]*?)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = Der.sequence(Der.oid("1.2.840.113549.1.1.1"), Der.NULL);
    private static final String EC_PUBLIC_KEY_OID = "1.2.840.10045.2.1";

    private PemFiles() {}

    static List<X509Certificate> certificates(Path file) {
        String text = read(file, "certificate");
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                if (m.group(1).equals("CERTIFICATE")) {
                    chain.add((X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(decode(m.group(2), file))));
                }
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("TLS certificate file " + file + " is not a valid X.509 certificate: "
                    + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("TLS certificate file " + file
                    + " holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    static PrivateKey privateKey(Path file) {
        try {
            return readPrivateKey(file);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains(file.toString())) {
                throw e;
            }
            throw new IllegalArgumentException("TLS key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey readPrivateKey(Path file) {
        String text = read(file, "key");
        List<String> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            switch (type) {
                case "PRIVATE KEY" -> {
                    return pkcs8(decode(m.group(2), file), file);
                }
                case "RSA PRIVATE KEY" -> {
                    requireUnencrypted(m.group(2), file);
                    byte[] pkcs1 = decode(m.group(2), file);
                    return pkcs8(Der.sequence(Der.integer(0), RSA_ALGORITHM, Der.octetString(pkcs1)), file);
                }
                case "EC PRIVATE KEY" -> {
                    requireUnencrypted(m.group(2), file);
                    return pkcs8(ecToPkcs8(decode(m.group(2), file), file), file);
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException("TLS key file " + file
                        + " is encrypted; decrypt it first (openssl pkey -in " + file + " -out server.key)");
                default -> found.add(type); // certificates, EC PARAMETERS (openssl ecparam -genkey), ...
            }
        }
        throw new IllegalArgumentException("TLS key file " + file + " holds no PEM private key (expected"
                + " PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY" + (found.isEmpty() ? "" : ", found " + found) + ")");
    }

    private static PrivateKey pkcs8(byte[] der, Path file) {
        String algorithm = Der.pkcs8Algorithm(der);
        String jdkName = switch (algorithm) {
            case "1.2.840.113549.1.1.1" -> "RSA";
            case "1.2.840.113549.1.1.10" -> "RSASSA-PSS";
            case EC_PUBLIC_KEY_OID -> "EC";
            case "1.3.101.112" -> "Ed25519";
            case "1.3.101.113" -> "Ed448";
            default -> throw new IllegalArgumentException(
                    "TLS key file " + file + " holds a key of unsupported algorithm " + algorithm);
        };
        try {
            return KeyFactory.getInstance(jdkName).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("TLS key file " + file + " holds an invalid " + jdkName + " key: "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jdkName + " keys are not supported by this JDK", e);
        }
    }

    /** SEC 1 ECPrivateKey (with its curve in [0]) to a PKCS#8 PrivateKeyInfo. */
    private static byte[] ecToPkcs8(byte[] sec1, Path file) {
        byte[] curve = Der.ecCurveParameters(sec1);
        if (curve == null) {
            throw new IllegalArgumentException("TLS key file " + file
                    + ": EC PRIVATE KEY without its named curve; convert it with openssl pkcs8 -topk8 -nocrypt");
        }
        return Der.sequence(Der.integer(0), Der.sequence(Der.oid(EC_PUBLIC_KEY_OID), curve), Der.octetString(sec1));
    }

    private static void requireUnencrypted(String body, Path file) {
        if (body.contains("Proc-Type:") || body.contains("DEK-Info:")) {
            throw new IllegalArgumentException("TLS key file " + file
                    + " is encrypted; decrypt it first (openssl pkey -in " + file + " -out server.key)");
        }
    }

    private static byte[] decode(String base64, Path file) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM file " + file + " has invalid base64: " + e.getMessage(), e);
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read TLS " + what + " file " + file + ": " + e, e);
        }
    }
}
