package dev.pgwire.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScramExchangeTest {
    /** RFC 7677 section 3: user "user", password "pencil". */
    private static final String CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String SALT = "W22ZaJ0SNY7soEsUEjb6gQ==";
    private static final String SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String CLIENT_FINAL = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private static final ScramVerifier PENCIL =
            ScramVerifier.fromPassword("pencil", Base64.getDecoder().decode(SALT), 4096);
    private static final byte[] CERT_HASH = sha256("a server certificate");

    private static ScramExchange exchange(String mechanism, ScramVerifier verifier, boolean known, byte[] cb)
            throws PgException {
        return new ScramExchange(mechanism, verifier, known, cb, SERVER_NONCE);
    }

    @Test
    void rfc7677TestVector() throws PgException {
        ScramExchange e = exchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, null);
        assertEquals(SERVER_FIRST, e.serverFirst(CLIENT_FIRST));
        assertEquals(SERVER_FINAL, e.serverFinal(CLIENT_FINAL));
    }

    @Test
    void wrongPasswordFailsTheProof() throws PgException {
        ScramExchange e = exchange(ScramExchange.SCRAM_SHA_256, ScramVerifier.fromPassword("pencil2",
                Base64.getDecoder().decode(SALT), 4096), true, null);
        e.serverFirst(CLIENT_FIRST);
        assertNull(e.serverFinal(CLIENT_FINAL));
    }

    /** An unknown user is failed at the very end even with a proof that would be right. */
    @Test
    void unknownUserFailsAfterTheWholeExchange() throws PgException {
        ScramExchange e = exchange(ScramExchange.SCRAM_SHA_256, PENCIL, false, null);
        assertEquals(SERVER_FIRST, e.serverFirst(CLIENT_FIRST));
        assertNull(e.serverFinal(CLIENT_FINAL));
    }

    @Test
    void plusRefusesABindingToAnotherCertificate() throws Exception {
        // A man in the middle presents another certificate: the client binds to that one.
        ScramClient fooled = new ScramClient("pencil", "fyko+d2lbbFgONRv9qkxdawL", "p=tls-server-end-point,,",
                sha256("the attacker's certificate"));
        ScramExchange e2 = exchange(ScramExchange.SCRAM_SHA_256_PLUS, PENCIL, true, CERT_HASH);
        String first = e2.serverFirst(fooled.clientFirst());
        PgException x = assertThrows(PgException.class, () -> e2.serverFinal(fooled.clientFinal(first)));
        assertEquals(SqlState.PROTOCOL_VIOLATION, x.state());
        assertEquals("SCRAM channel binding check failed", x.getMessage());
    }

    @Test
    void plusRoundTripWithAnIndependentClient() throws Exception {
        ScramClient client = new ScramClient("pencil", "abcdefgh", "p=tls-server-end-point,,", CERT_HASH);
        ScramExchange e = new ScramExchange(ScramExchange.SCRAM_SHA_256_PLUS, PENCIL, true, CERT_HASH);
        String serverFirst = e.serverFirst(client.clientFirst());
        String clientFinal = client.clientFinal(serverFirst);
        assertEquals(client.expectedServerFinal(), e.serverFinal(clientFinal));
    }

    @Test
    void withoutBindingOnTlsTheClientMaySayItSupportsNone() throws Exception {
        ScramClient client = new ScramClient("pencil", "abcdefgh", "n,,", null);
        ScramExchange e = new ScramExchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, CERT_HASH);
        String clientFinal = client.clientFinal(e.serverFirst(client.clientFirst()));
        assertEquals(client.expectedServerFinal(), e.serverFinal(clientFinal));
    }

    @Test
    void mechanismsOfferPlusOnlyWithChannelBinding() {
        assertEquals(List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"), ScramExchange.mechanisms(true));
        assertEquals(List.of("SCRAM-SHA-256"), ScramExchange.mechanisms(false));
        PgException e = assertThrows(PgException.class,
                () -> new ScramExchange(ScramExchange.SCRAM_SHA_256_PLUS, PENCIL, true, null));
        assertEquals("client selected an invalid SASL authentication mechanism", e.getMessage());
        assertThrows(PgException.class, () -> new ScramExchange("SCRAM-SHA-1", PENCIL, true, CERT_HASH));
    }

    /** The negotiation errors PostgreSQL 15 gives (observed with raw messages against a real server). */
    @Test
    void negotiationErrorsAreWordedLikePostgres() {
        assertError(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "SCRAM channel binding negotiation error",
                "The client supports SCRAM channel binding but thinks the server does not.  However, this server"
                        + " does support channel binding.",
                ScramExchange.SCRAM_SHA_256, CERT_HASH, "y,,n=,r=abcdefghijkl");
        assertError(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message",
                "The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not include channel binding data.",
                ScramExchange.SCRAM_SHA_256_PLUS, CERT_HASH, "n,,n=,r=abcdefghijkl");
        assertError(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message",
                "The client selected SCRAM-SHA-256 without channel binding, but the SCRAM message includes channel"
                        + " binding data.",
                ScramExchange.SCRAM_SHA_256, CERT_HASH, "p=tls-server-end-point,,n=,r=abcdefghijkl");
        assertError(SqlState.PROTOCOL_VIOLATION, "unsupported SCRAM channel-binding type \"tls-unique\"", null,
                ScramExchange.SCRAM_SHA_256_PLUS, CERT_HASH, "p=tls-unique,,n=,r=abcdefghijkl");
        assertError(SqlState.FEATURE_NOT_SUPPORTED, "client uses authorization identity, but it is not supported",
                null, ScramExchange.SCRAM_SHA_256, null, "n,a=admin,n=,r=abcdefghijkl");
    }

    @Test
    void tamperedMessagesAreProtocolViolations() throws PgException {
        assertThrows(PgException.class, () -> exchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, null)
                .serverFirst("n,,n=user"));
        assertThrows(PgException.class, () -> exchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, null)
                .serverFirst("x,,n=user,r=abc"));
        assertThrows(PgException.class, () -> exchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, null)
                .serverFinal(CLIENT_FINAL));
        ScramExchange e = exchange(ScramExchange.SCRAM_SHA_256, PENCIL, true, null);
        e.serverFirst(CLIENT_FIRST);
        assertThrows(PgException.class, () -> e.serverFinal(CLIENT_FINAL.replace("r=rOpr", "r=xOpr")));
        assertThrows(PgException.class, () -> e.serverFinal(CLIENT_FINAL.replace("c=biws", "c=eSws")));
        assertThrows(PgException.class, () -> e.serverFinal(CLIENT_FINAL.replace("p=dHzb", "p=!!")));
        assertThrows(PgException.class, () -> e.serverFinal("c=biws,r=x"));
    }

    private static void assertError(SqlState state, String message, String detail, String mechanism, byte[] cb,
            String clientFirst) {
        PgException e = assertThrows(PgException.class,
                () -> new ScramExchange(mechanism, PENCIL, true, cb).serverFirst(clientFirst));
        assertEquals(state, e.state(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(detail, e.detail());
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
