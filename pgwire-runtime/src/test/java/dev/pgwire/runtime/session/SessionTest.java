package dev.pgwire.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session rules without a network: settings, SHOW, transactions, statement lifecycle. */
class SessionTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RecordingSink sink = new RecordingSink();
    private final TestEngine engine = new TestEngine();
    private Session session;

    @BeforeEach
    void start() throws PgException {
        session = start(Map.of("user", "carol", "database", "inventory", "TimeZone", "UTC"));
        session.sendInitialParameterStatus();
        sink.take();
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private Session start(Map<String, String> startup) throws PgException {
        ParameterDecoder text = (oid, i, v, binary, s) -> new String(v, java.nio.charset.StandardCharsets.UTF_8);
        return Session.start(new SessionServices(engine, text, timer), startup, sink, new QueryCancel(), 42);
    }

    private List<String> query(String sql) {
        session.query(sql);
        return sink.take();
    }

    @Test
    void identity() {
        assertEquals("carol", session.user());
        assertEquals("inventory", session.database());
        assertEquals(42, session.backendPid());
        assertEquals(ZoneId.of("UTC"), session.timeZone());
    }

    @Test
    void databaseDefaultsToUserName() throws PgException {
        assertEquals("dave", start(Map.of("user", "dave")).database());
    }

    @Test
    void startupRequiresAUser() {
        PgException e = assertThrows(PgException.class, () -> start(Map.of("database", "x")));
        assertEquals(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, e.state());
    }

    @Test
    void unknownStartupSettingIsRejected() {
        PgException e = assertThrows(PgException.class, () -> start(Map.of("user", "u", "frobnicate", "1")));
        assertEquals("unrecognized configuration parameter \"frobnicate\"", e.getMessage());
    }

    @Test
    void initialParameterStatusIsSentOnce() throws PgException {
        Session s = start(Map.of("user", "erin", "TimeZone", "Europe/Paris"));
        s.sendInitialParameterStatus();
        List<String> out = sink.take();
        assertEquals(13, out.size(), out.toString());
        assertTrue(out.contains("S:TimeZone=Europe/Paris"));
        s.query("select 1");
        assertTrue(sink.take().stream().noneMatch(l -> l.startsWith("S:")));
    }

    @Test
    void showNamesItsColumnLikePostgres() {
        assertEquals(List.of("T:TimeZone", "D:UTC", "C:SHOW", "Z:I"), query("show timezone"));
        assertEquals(List.of("T:DateStyle", "D:ISO, MDY", "C:SHOW", "Z:I"), query("SHOW datestyle"));
        assertEquals(List.of("T:search_path", "D:\"$user\", public", "C:SHOW", "Z:I"), query("show search_path"));
        assertEquals(List.of("T:transaction_isolation", "D:read committed", "C:SHOW", "Z:I"),
                query("show transaction isolation level"));
        assertEquals(List.of("T:max_identifier_length", "D:63", "C:SHOW", "Z:I"), query("show max_identifier_length"));
        assertEquals(List.of("E:42704/unrecognized configuration parameter \"nosuch\"", "Z:I"), query("show nosuch"));
    }

    @Test
    void showAll() {
        List<String> out = query("show all");
        assertEquals("T:name,setting,description", out.get(0));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("D:server_version|15.0 (pgwire)|")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("D:TimeZone|UTC|")));
        assertEquals(List.of("C:SHOW", "Z:I"), out.subList(out.size() - 2, out.size()));
    }

    @Test
    void setValueForms() {
        query("set search_path to \"MySchema\", public");
        assertEquals("\"MySchema\", public", session.get("search_path"));
        query("set schema 'other'");
        assertEquals("other", session.get("search_path"));
        query("set extra_float_digits = 3");
        assertEquals("3", session.get("extra_float_digits"));
        query("SET statement_timeout TO '90s'");
        assertEquals("90s", session.get("statement_timeout"));
        query("set statement_timeout = 60000");
        assertEquals("1min", session.get("statement_timeout"));
        query("set time zone -7");
        assertEquals("-07:00", session.get("timezone"));
        assertEquals(ZoneId.of("-07:00"), session.timeZone());
        query("set time zone local"); // LOCAL and DEFAULT mean the value RESET restores: here the startup one
        assertEquals("UTC", session.get("TimeZone"));
        query("set names 'utf-8'");
        assertEquals("UTF8", session.get("client_encoding"));
        query("set client_encoding = 'sql_ascii'");
        query("set client_encoding = '''utf-8'''"); // asyncpg's startup value, quotes included
        assertEquals("UTF8", session.get("client_encoding"));
        query("set datestyle = iso, dmy");
        assertEquals("ISO, DMY", session.get("DateStyle"));
        query("set application_name = default");
        assertEquals("", session.get("application_name"));
        query("set session characteristics as transaction isolation level serializable");
        assertEquals("serializable", session.get("default_transaction_isolation"));
    }

    @Test
    void setErrors() {
        assertEquals(List.of("E:42601/syntax error at end of input", "Z:I"), query("set application_name"));
        assertEquals(List.of("E:22023/parameter \"row_security\" requires a Boolean value", "Z:I"),
                query("set row_security = maybe"));
        assertEquals(List.of("E:22023/invalid value for parameter \"TimeZone\": \"Mars/Olympus\"", "Z:I"),
                query("set timezone = 'Mars/Olympus'"));
        assertEquals(List.of("E:22023/invalid value for parameter \"client_encoding\": \"LATIN1\"", "Z:I"),
                query("set client_encoding = 'LATIN1'"));
        assertEquals(List.of("E:22023/-1 is outside the valid range for parameter \"statement_timeout\""
                + " (0 .. 2147483647)", "Z:I"), query("set statement_timeout = -1"));
        // As in PostgreSQL, the block has begun when its modes are applied, so the failure aborts it.
        assertEquals(List.of("E:25006/cannot set transaction read-write mode", "Z:E"), query("begin read write"));
        assertEquals(List.of("C:ROLLBACK", "Z:I"), query("rollback"));
        assertEquals(List.of("E:0A000/SET ROLE is not supported by this server", "Z:I"), query("set role admin"));
    }

    @Test
    void resetGoesBackToTheStartupValue() throws PgException {
        Session s = start(Map.of("user", "u", "application_name", "boot", "options", "-c search_path=a,b"));
        sink.take();
        s.query("set application_name = 'later'; set search_path = x");
        s.query("reset application_name");
        assertEquals("boot", s.get("application_name"));
        assertEquals("x", s.get("search_path"));
        s.query("reset all");
        assertEquals("a,b", s.get("search_path"));
    }

    @Test
    void setLocalLastsUntilTheEndOfTheBlock() {
        query("begin");
        assertEquals(List.of("C:SET", "S:application_name=tx", "Z:T"), query("set local application_name = 'tx'"));
        assertEquals("tx", session.get("application_name"));
        assertEquals(List.of("C:COMMIT", "S:application_name=", "Z:I"), query("commit"));
        assertEquals(List.of("N:25P01/SET LOCAL can only be used in transaction blocks", "C:SET", "Z:I"),
                query("set local application_name = 'x'"));
        assertEquals("", session.get("application_name"));
    }

    @Test
    void clientMinMessagesErrorSilencesWarnings() {
        assertEquals(List.of("N:25P01/there is no transaction in progress", "C:COMMIT", "Z:I"), query("commit"));
        query("set client_min_messages = error");
        assertEquals(List.of("C:COMMIT", "Z:I"), query("commit"));
    }

    @Test
    void savepointsRestoreSettings() {
        query("begin; set application_name = 'a'; savepoint s1; set application_name = 'b'");
        query("rollback to s1");
        assertEquals("a", session.get("application_name"));
        query("savepoint s2; set application_name = 'c'; release savepoint s2");
        assertEquals("c", session.get("application_name"));
        assertEquals(List.of("E:3B001/savepoint \"s2\" does not exist", "Z:E"), query("rollback to s2"));
        query("rollback to s1");
        assertEquals("a", session.get("application_name"));
        query("commit");
        assertEquals("a", session.get("application_name"));
    }

    @Test
    void transactionModes() {
        assertEquals(List.of("C:BEGIN", "Z:T"), query("begin isolation level repeatable read, read only"));
        assertEquals("repeatable read", session.get("transaction_isolation"));
        query("commit");
        assertEquals("read committed", session.get("transaction_isolation"));
        assertEquals(List.of("N:25P01/SET TRANSACTION can only be used in transaction blocks", "C:SET", "Z:I"),
                query("set transaction isolation level serializable"));
        assertEquals("read committed", session.get("transaction_isolation"));
        query("set session characteristics as transaction isolation level repeatable read");
        assertEquals("repeatable read", session.get("transaction_isolation"), "new transactions start with the default");
        query("begin; set transaction_isolation = 'serializable'");
        assertEquals("serializable", session.get("transaction_isolation"));
        query("commit");
        assertEquals("repeatable read", session.get("transaction_isolation"));
    }

    @Test
    void discardAllIsRefusedInABlock() {
        query("begin");
        assertEquals(List.of("E:25001/DISCARD ALL cannot run inside a transaction block", "Z:E"), query("discard all"));
        query("rollback");
    }

    @Test
    void discardAllDropsStatementsAndSettings() {
        session.parse("named", "select 1", new int[0]);
        query("set application_name = 'x'");
        query("discard all");
        assertEquals("", session.get("application_name"));
        session.bind("", "named", new short[0], new byte[0][], new short[0]);
        session.sync();
        assertEquals(List.of("E:26000/prepared statement \"named\" does not exist", "Z:I"), sink.take());
    }

    @Test
    void simpleQueryReplacesTheUnnamedStatement() {
        session.parse("", "select 1", new int[0]);
        session.sync();
        sink.take();
        query("select 2");
        session.bind("", "", new short[0], new byte[0][], new short[0]);
        session.sync();
        assertEquals(List.of("E:26000/unnamed prepared statement does not exist", "Z:I"), sink.take());
    }

    @Test
    void unnamedStatementSurvivesSync() {
        session.parse("", "select 7", new int[0]);
        session.sync();
        session.bind("", "", new short[0], new byte[0][], new short[0]);
        session.execute("", 0);
        session.sync();
        assertEquals(List.of("1", "Z:I", "2", "D:7", "C:SELECT 1", "Z:I"), sink.take());
    }

    @Test
    void extendedUtilityStatementsGetNoRowDescriptionOnExecute() {
        session.parse("", "show application_name", new int[0]);
        session.describeStatement("");
        session.bind("", "", new short[0], new byte[0][], new short[0]);
        session.execute("", 0);
        session.execute("", 0);
        session.sync();
        assertEquals(List.of("1", "t:[]", "T:application_name", "2", "D:", "C:SHOW", "C:SHOW", "Z:I"), sink.take());
    }

    @Test
    void clientGoneStopsTheQueryAndClosesTheCursor() {
        ResponseSink failing = new RecordingSink() {
            int rows;

            @Override
            public void dataRow(Object[] row, ResultFormat format, dev.pgwire.runtime.query.SessionSettings s) {
                if (++rows == 3) {
                    throw new ClientGoneException();
                }
            }
        };
        Session s;
        try {
            ParameterDecoder text = (oid, i, v, binary, st) -> new String(v);
            s = Session.start(new SessionServices(engine, text, timer), new HashMap<>(Map.of("user", "u")), failing,
                    new QueryCancel(), 1);
        } catch (PgException e) {
            throw new AssertionError(e);
        }
        assertThrows(ClientGoneException.class, () -> s.query("select * from series(100)"));
        assertEquals(0, engine.openCursors.get());
        assertEquals(3, engine.rowsProduced.get());
    }
}
