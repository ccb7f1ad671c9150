package dev.pgwire.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * PostgreSQL's MD5 scheme. The stored secret is {@code "md5" + hex(md5(password || user))}; the client answers a
 * 4-byte salt with {@code "md5" + hex(md5(hex(md5(password || user)) || salt))}. Weak (the stored secret is
 * enough to log in, and MD5 is fast to brute-force): offered only because older clients need it.
 */
public final class Md5Password {
    private static final Pattern STORED = Pattern.compile("md5[0-9a-f]{32}");
    private static final HexFormat HEX = HexFormat.of();

    private Md5Password() {}

    /** The stored form, as PostgreSQL's {@code password_encryption = md5} writes it. */
    public static String stored(String password, String user) {
        return "md5" + HEX.formatHex(md5(concat(password.getBytes(StandardCharsets.UTF_8),
                user.getBytes(StandardCharsets.UTF_8))));
    }

    /** True when {@code text} is a stored MD5 secret rather than a password. */
    public static boolean isStored(String text) {
        return STORED.matcher(text).matches();
    }

    /** What a client holding the password answers to {@code salt}. */
    public static String response(String stored, byte[] salt) {
        byte[] inner = stored.substring(3).getBytes(StandardCharsets.US_ASCII);
        return "md5" + HEX.formatHex(md5(concat(inner, salt)));
    }

    /** Compares a client's answer in constant time. */
    public static boolean verify(String stored, byte[] salt, String clientResponse) {
        return MessageDigest.isEqual(response(stored, salt).getBytes(StandardCharsets.US_ASCII),
                clientResponse.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }
}
