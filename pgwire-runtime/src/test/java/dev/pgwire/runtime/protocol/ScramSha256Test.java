package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ScramSha256Test {
    /** RFC 7677 section 3: user "user", password "pencil". */
    private static final String CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String CLIENT_FINAL = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private static ScramSha256.Exchange exchange(String password) {
        ScramSha256.Credentials c = ScramSha256.Credentials.of(password,
                Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        return new ScramSha256.Exchange(c, SERVER_NONCE);
    }

    @Test
    void rfc7677TestVector() throws PgException {
        ScramSha256.Exchange e = exchange("pencil");
        assertEquals(SERVER_FIRST, e.serverFirst(CLIENT_FIRST));
        assertEquals(SERVER_FINAL, e.serverFinal(CLIENT_FINAL));
    }

    @Test
    void wrongPasswordFailsTheProof() throws PgException {
        ScramSha256.Exchange e = exchange("pencil2");
        e.serverFirst(CLIENT_FIRST);
        assertNull(e.serverFinal(CLIENT_FINAL));
    }

    @Test
    void tamperedMessagesAreProtocolViolations() throws PgException {
        assertThrows(PgException.class, () -> exchange("pencil").serverFirst("p=tls-server-end-point,,n=,r=x"));
        assertThrows(PgException.class, () -> exchange("pencil").serverFirst("n,,n=user"));
        ScramSha256.Exchange e = exchange("pencil");
        e.serverFirst(CLIENT_FIRST);
        assertThrows(PgException.class, () -> e.serverFinal(CLIENT_FINAL.replace("r=rOpr", "r=xOpr")));
        assertThrows(PgException.class, () -> e.serverFinal(CLIENT_FINAL.replace("c=biws", "c=eSws")));
    }
}
