package dev.pgwire.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of SCRAM-SHA-256, written straight from RFC 5802 with the JDK's primitives (not the
 * server's code), to drive {@link ScramExchange} in tests.
 */
final class ScramClient {
    private final String password;
    private final String gs2Header;
    private final byte[] channelBinding;
    private final String clientFirstBare;
    private String authMessage;
    private byte[] saltedPassword;

    ScramClient(String password, String clientNonce, String gs2Header, byte[] channelBinding) {
        this.password = password;
        this.gs2Header = gs2Header;
        this.channelBinding = channelBinding;
        this.clientFirstBare = "n=,r=" + clientNonce;
    }

    String clientFirst() {
        return gs2Header + clientFirstBare;
    }

    String clientFinal(String serverFirst) throws Exception {
        String nonce = null;
        byte[] salt = null;
        int iterations = 0;
        for (String part : serverFirst.split(",")) {
            switch (part.charAt(0)) {
                case 'r' -> nonce = part.substring(2);
                case 's' -> salt = Base64.getDecoder().decode(part.substring(2));
                case 'i' -> iterations = Integer.parseInt(part.substring(2));
                default -> { }
            }
        }
        byte[] header = gs2Header.getBytes(StandardCharsets.US_ASCII);
        byte[] cbind = channelBinding == null ? header : concat(header, channelBinding);
        String withoutProof = "c=" + Base64.getEncoder().encodeToString(cbind) + ",r=" + nonce;
        authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        saltedPassword = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
        byte[] signature = hmac(storedKey, authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        return withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
    }

    /** The server-final-message a server that knows the password sends. */
    String expectedServerFinal() throws Exception {
        return "v=" + Base64.getEncoder().encodeToString(hmac(hmac(saltedPassword, "Server Key"), authMessage));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
