package dev.pgwire.runtime.auth;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The server side of one SCRAM-SHA-256 or SCRAM-SHA-256-PLUS exchange as PostgreSQL speaks it:
 * client-first → server-first, client-final → server-final. The user name comes from the startup packet (the
 * SCRAM {@code n=} attribute is ignored; libpq leaves it empty). -PLUS binds the exchange to the TLS channel
 * with {@code tls-server-end-point} (RFC 5929): the client proves it saw the same server certificate, which
 * defeats a man in the middle that terminates TLS with another certificate. Errors are worded like
 * PostgreSQL's {@code auth-scram.c}.
 */
public final class ScramExchange {
    public static final String SCRAM_SHA_256 = "SCRAM-SHA-256";
    public static final String SCRAM_SHA_256_PLUS = "SCRAM-SHA-256-PLUS";
    static final String CHANNEL_BINDING_TYPE = "tls-server-end-point";
    private static final int NONCE_BYTES = 18;

    private final ScramVerifier verifier;
    private final boolean knownUser;
    private final boolean plus;
    private final byte[] channelBinding;
    private final String serverNonce;
    private String clientFirstBare;
    private String serverFirst;
    private String gs2Header;
    private String nonce;

    /**
     * @param mechanism      the mechanism the client selected
     * @param verifier       the user's verifier, or a {@link UserStore#mockVerifier mock} for an unknown user
     * @param knownUser      false: run the whole exchange, then fail it
     * @param channelBinding the {@code tls-server-end-point} data on a TLS connection, null otherwise
     * @throws PgException 08P01 when {@code mechanism} is not one of {@link #mechanisms}
     */
    public ScramExchange(String mechanism, ScramVerifier verifier, boolean knownUser, byte[] channelBinding)
            throws PgException {
        this(mechanism, verifier, knownUser, channelBinding, randomNonce());
    }

    /** With a fixed server nonce, for test vectors. */
    ScramExchange(String mechanism, ScramVerifier verifier, boolean knownUser, byte[] channelBinding,
            String serverNonce) throws PgException {
        if (!mechanisms(channelBinding != null).contains(mechanism)) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION,
                    "client selected an invalid SASL authentication mechanism");
        }
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.knownUser = knownUser;
        this.plus = mechanism.equals(SCRAM_SHA_256_PLUS);
        this.channelBinding = channelBinding;
        this.serverNonce = serverNonce;
    }

    /** The mechanisms offered, best first (PostgreSQL's order): -PLUS only when channel binding is possible. */
    public static List<String> mechanisms(boolean channelBindingAvailable) {
        return channelBindingAvailable ? List.of(SCRAM_SHA_256_PLUS, SCRAM_SHA_256) : List.of(SCRAM_SHA_256);
    }

    private static String randomNonce() {
        return Base64.getEncoder().encodeToString(ScramCrypto.randomBytes(NONCE_BYTES));
    }

    /** Reads client-first-message, returns server-first-message. */
    public String serverFirst(String clientFirst) throws PgException {
        if (serverFirst != null) {
            throw malformed("unexpected SCRAM message");
        }
        char flag = clientFirst.isEmpty() ? 0 : clientFirst.charAt(0);
        switch (flag) {
            case 'n' -> {
                if (plus) {
                    throw malformed("The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not include"
                            + " channel binding data.");
                }
            }
            case 'y' -> {
                if (plus) {
                    throw malformed("The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not include"
                            + " channel binding data.");
                }
                if (channelBinding != null) {
                    throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                            "SCRAM channel binding negotiation error",
                            "The client supports SCRAM channel binding but thinks the server does not.  "
                                    + "However, this server does support channel binding.", null, 0, null);
                }
            }
            case 'p' -> {
                if (!plus) {
                    throw malformed("The client selected SCRAM-SHA-256 without channel binding, but the SCRAM"
                            + " message includes channel binding data.");
                }
                int end = clientFirst.indexOf(',');
                String type = end < 0 || !clientFirst.startsWith("p=") ? "" : clientFirst.substring(2, end);
                if (!type.equals(CHANNEL_BINDING_TYPE)) {
                    throw new PgException(SqlState.PROTOCOL_VIOLATION,
                            "unsupported SCRAM channel-binding type \"" + type + "\"");
                }
            }
            default -> throw malformed("Unexpected channel-binding flag \"" + printable(flag) + "\".");
        }
        int flagEnd = clientFirst.indexOf(',');
        int authzEnd = flagEnd < 0 ? -1 : clientFirst.indexOf(',', flagEnd + 1);
        if (authzEnd < 0 || (flag != 'p' && flagEnd != 1)) {
            throw malformed("Comma expected, but found end of string.");
        }
        if (authzEnd != flagEnd + 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "client uses authorization identity, but it is not supported");
        }
        gs2Header = clientFirst.substring(0, authzEnd + 1);
        clientFirstBare = clientFirst.substring(authzEnd + 1);
        if (!clientFirstBare.startsWith("n=")) {
            throw malformed("Expected attribute \"n\" but found \"" + first(clientFirstBare) + "\".");
        }
        String clientNonce = attribute(clientFirstBare, 'r');
        if (clientNonce.isEmpty() || !clientNonce.chars().allMatch(c -> c >= 0x21 && c <= 0x7E && c != ',')) {
            throw malformed("Client nonce is not printable.");
        }
        nonce = clientNonce + serverNonce;
        serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(verifier.saltBytes()) + ",i="
                + verifier.iterations();
        return serverFirst;
    }

    /**
     * Checks client-final-message and returns server-final-message.
     *
     * @return null when the proof is wrong or the user unknown: the login fails with 28P01
     * @throws PgException 08P01 for a malformed message or a channel binding that does not match
     */
    public String serverFinal(String clientFinal) throws PgException {
        if (serverFirst == null) {
            throw malformed("unexpected SCRAM message");
        }
        int proofAt = clientFinal.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw malformed("Could not find proof in client-final-message.");
        }
        String withoutProof = clientFinal.substring(0, proofAt);
        if (!withoutProof.startsWith("c=")) {
            throw malformed("Expected attribute \"c\" but found \"" + first(withoutProof) + "\".");
        }
        byte[] binding = base64(attribute(withoutProof, 'c'), "channel binding");
        if (!MessageDigest.isEqual(binding, expectedBinding())) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "SCRAM channel binding check failed");
        }
        if (!attribute(withoutProof, 'r').equals(nonce)) {
            throw malformed("Nonce does not match.");
        }
        byte[] proof = base64(clientFinal.substring(proofAt + 3), "proof");
        if (proof.length != 32) {
            throw malformed("Malformed proof in client-final-message.");
        }
        byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof)
                .getBytes(StandardCharsets.UTF_8);
        byte[] clientSignature = ScramCrypto.hmac(verifier.storedKeyBytes(), authMessage);
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        boolean proven = MessageDigest.isEqual(ScramCrypto.sha256(clientKey), verifier.storedKeyBytes());
        if (!proven || !knownUser) {
            return null;
        }
        return "v=" + Base64.getEncoder().encodeToString(ScramCrypto.hmac(verifier.serverKeyBytes(), authMessage));
    }

    /** The c= attribute the client must send: the GS2 header, then the channel binding data with -PLUS. */
    private byte[] expectedBinding() {
        byte[] header = gs2Header.getBytes(StandardCharsets.US_ASCII);
        if (!plus) {
            return header;
        }
        byte[] out = new byte[header.length + channelBinding.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(channelBinding, 0, out, header.length, channelBinding.length);
        return out;
    }

    /** The value of attribute {@code name} in a comma-separated SCRAM message. */
    private static String attribute(String message, char name) throws PgException {
        for (String part : message.split(",", -1)) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw malformed("Expected attribute \"" + name + "\".");
    }

    private static byte[] base64(String value, String what) throws PgException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw malformed("Malformed " + what + " in client-final-message.");
        }
    }

    private static String first(String s) {
        return s.isEmpty() ? "" : printable(s.charAt(0));
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("0x%02x", (int) c);
    }

    private static PgException malformed(String detail) {
        return new PgException(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message", detail, null, 0, null);
    }
}
