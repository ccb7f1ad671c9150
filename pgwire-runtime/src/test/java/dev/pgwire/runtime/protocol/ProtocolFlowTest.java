package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Message-level conversations through the real decoder, handler and session, with a test engine. */
class ProtocolFlowTest {
    private static final String[] NONE = new String[0];
    private Conversation c;

    @AfterEach
    void tearDown() {
        if (c != null) {
            c.close();
        }
    }

    @Test
    void startupAnnouncesSettingsKeyDataAndReadyForQuery() {
        c = new Conversation();
        List<String> out = c.startup(Map.of("user", "alice", "database", "db", "TimeZone", "Europe/Berlin",
                "application_name", "app1"));
        assertEquals("R:0", out.get(0));
        assertTrue(out.containsAll(List.of(
                "S:application_name=app1",
                "S:client_encoding=UTF8",
                "S:DateStyle=ISO, MDY",
                "S:default_transaction_read_only=on",
                "S:in_hot_standby=off",
                "S:integer_datetimes=on",
                "S:IntervalStyle=postgres",
                "S:is_superuser=on",
                "S:server_encoding=UTF8",
                "S:server_version=15.0 (pgwire)",
                "S:session_authorization=alice",
                "S:standard_conforming_strings=on",
                "S:TimeZone=Europe/Berlin")), out.toString());
        assertEquals(List.of("K", "Z:I"), out.subList(out.size() - 2, out.size()));
        assertEquals(1, c.cancelRegistry.size());
    }

    @Test
    void newerMinorVersionAndProtocolOptionsAreNegotiatedDown() {
        c = new Conversation();
        List<String> out = c.send(ClientMessages.create().startup((3 << 16) | 2,
                Map.of("user", "alice", "_pq_.compression", "on")));
        assertEquals(List.of("v:0/1", "R:0"), out.subList(0, 2));
        assertEquals("Z:I", out.get(out.size() - 1));
    }

    @Test
    void sslAndGssRequestsAreRefusedWithOneByte() {
        c = new Conversation();
        c.channel.writeInbound(ClientMessages.create().sslRequest().buffer());
        ByteBuf n = c.channel.readOutbound();
        assertEquals(1, n.readableBytes());
        assertEquals('N', n.readByte());
        n.release();
        c.channel.writeInbound(ClientMessages.create().gssEncRequest().buffer());
        n = c.channel.readOutbound();
        assertEquals('N', n.readByte());
        n.release();
        c.started();
    }

    @Test
    void cleartextPassword() {
        c = new Conversation("s3cret", null, PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        assertEquals(List.of("R:3"), c.startup(Map.of("user", "alice")));
        List<String> out = c.send(ClientMessages.create().password("s3cret"));
        assertEquals("R:0", out.get(0));
        assertEquals("Z:I", out.get(out.size() - 1));
    }

    @Test
    void wrongPasswordIsFatal() {
        c = new Conversation("s3cret", null, PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        c.startup(Map.of("user", "alice"));
        assertEquals(List.of("E:FATAL/28P01/password authentication failed for user \"alice\""),
                c.send(ClientMessages.create().password("wrong")));
        assertFalse(c.channel.isActive());
        assertEquals(0, c.cancelRegistry.size());
    }

    @Test
    void wrongUserWithPasswordIsFatal() {
        c = new Conversation("s3cret", null, PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        c.startup(Map.of("user", "mallory"));
        assertEquals(List.of("E:FATAL/28P01/password authentication failed for user \"mallory\""),
                c.send(ClientMessages.create().password("s3cret")));
        assertFalse(c.channel.isActive());
    }

    /** As PostgreSQL 15: the database is checked after authentication, so AuthenticationOk comes first. */
    @Test
    void unknownDatabaseIsFatal() {
        c = new Conversation(null, "db1", PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        assertEquals(List.of("R:0", "E:FATAL/3D000/database \"other\" does not exist"),
                c.startup(Map.of("user", "alice", "database", "other")));
        assertFalse(c.channel.isActive());
    }

    @Test
    void nonUtf8ClientEncodingIsFatal() {
        c = new Conversation();
        List<String> out = c.startup(Map.of("user", "alice", "client_encoding", "LATIN1"));
        assertEquals(List.of("R:0", "E:FATAL/22023/invalid value for parameter \"client_encoding\": \"LATIN1\""),
                out);
        assertFalse(c.channel.isActive());
    }

    @Test
    void startupOptionsAreApplied() {
        c = new Conversation();
        List<String> out = c.startup(Map.of("user", "alice", "options", "-c application_name=x\\ y --DateStyle=ISO,DMY"));
        assertTrue(out.contains("S:application_name=x y"), out.toString());
        assertTrue(out.contains("S:DateStyle=ISO, DMY"), out.toString());
    }

    @Test
    void simpleQueryStreamsRows() {
        c = new Conversation().started();
        assertEquals(List.of("T:n/23,label/25", "D:1|row 1", "D:2|row 2", "D:3|row 3", "C:SELECT 3", "Z:I"),
                c.query("select * from series(3)"));
        assertEquals(0, c.engine.openCursors.get());
    }

    @Test
    void emptyQuery() {
        c = new Conversation().started();
        assertEquals(List.of("I", "Z:I"), c.query(""));
        assertEquals(List.of("I", "Z:I"), c.query(" ; -- nothing\n;"));
    }

    @Test
    void errorAbortsTheRestOfAQueryString() {
        c = new Conversation().started();
        assertEquals(List.of("T:?column?/23", "D:1", "C:SELECT 1",
                        "E:ERROR/42703/column \"nosuch\" does not exist@18", "Z:I"),
                c.query("select 1; select nosuch; select 2"));
        assertEquals(1, c.engine.executions.get());
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorAndTheConnectionLives() {
        c = new Conversation().started();
        assertEquals(List.of("E:ERROR/XX000/engine bug", "Z:I"), c.query("select crash"));
        assertEquals(List.of("E:ERROR/XX000/engine bug", "Z:I"),
                c.send(ClientMessages.create().parse("", "select crash").bind("", "", NONE).sync()));
        assertEquals(List.of("T:?column?/23", "D:5", "C:SELECT 1", "Z:I"), c.query("select 5"));
    }

    @Test
    void cancelRequestWithWrongKeyOnlyClosesItsOwnConnection() {
        c = new Conversation().started();
        EmbeddedChannelPeer peer = new EmbeddedChannelPeer(c);
        peer.cancel(1, 2);
        assertFalse(peer.active());
        assertTrue(c.channel.isActive());
        assertEquals(List.of("T:?column?/23", "D:1", "C:SELECT 1", "Z:I"), c.query("select 1"));
    }

    @Test
    void connectionLimit() {
        c = new Conversation().started(); // limit 2
        assertEquals("Z:I", new EmbeddedChannelPeer(c).startup());
        EmbeddedChannelPeer third = new EmbeddedChannelPeer(c);
        assertEquals("E:FATAL/53300/sorry, too many clients already", third.startup());
        assertFalse(third.active());
    }

    @Test
    void startupMustCompleteInTime() throws InterruptedException {
        c = new Conversation();
        c.channel.writeInbound(ClientMessages.create().sslRequest().buffer());
        c.received();
        assertTrue(c.channel.isActive());
        Thread.sleep(10);
        c.channel.advanceTimeBy(61, java.util.concurrent.TimeUnit.SECONDS);
        c.channel.runScheduledPendingTasks();
        assertFalse(c.channel.isActive());

        Conversation ok = new Conversation().started();
        ok.channel.advanceTimeBy(61, java.util.concurrent.TimeUnit.SECONDS);
        ok.channel.runScheduledPendingTasks();
        assertTrue(ok.channel.isActive());
        ok.close();
    }

    @Test
    void errorWhileStreaming() {
        c = new Conversation().started();
        assertEquals(List.of("T:n/23,label/25", "D:1|row 1", "D:2|row 2", "E:ERROR/22012/division by zero", "Z:I"),
                c.query("select * from broken(2)"));
        assertEquals(0, c.engine.openCursors.get());
    }

    @Test
    void pipelinedExtendedQueriesAreAnsweredInOrder() {
        c = new Conversation().started();
        ClientMessages m = ClientMessages.create();
        for (int i = 1; i <= 3; i++) {
            m.parse("s" + i, "select * from series(" + i + ")").bind("", "s" + i, NONE).describe('P', "")
                    .execute("", 0);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            expected.addAll(List.of("1", "2", "T:n/23,label/25"));
            for (int r = 1; r <= i; r++) {
                expected.add("D:" + r + "|row " + r);
            }
            expected.add("C:SELECT " + i);
        }
        expected.add("Z:I");
        assertEquals(expected, c.send(m.sync()));
    }

    @Test
    void parametersAndDescribeStatement() {
        c = new Conversation().started();
        List<String> out = c.send(ClientMessages.create()
                .parse("s", "select $1, $2", 23)
                .describe('S', "s")
                .bind("", "s", new String[] {"41", null})
                .execute("", 0)
                .sync());
        assertEquals(List.of("1", "t:23,25", "T:?column?/23,?column?/25", "2", "D:41|NULL", "C:SELECT 1", "Z:I"), out);
    }

    @Test
    void binaryParametersAndResults() {
        c = new Conversation().started();
        List<String> out = c.send(ClientMessages.create()
                .parse("", "select $1, $2", 23, 25)
                .bind("", "", new short[] {1}, new byte[][] {{0, 0, 1, 0}, "hé".getBytes(java.nio.charset.StandardCharsets.UTF_8)},
                        (short) 1)
                .describe('P', "")
                .execute("", 0)
                .sync());
        assertEquals(List.of("1", "2", "T:?column?/23b,?column?/25b", "D:0x00000100|hé", "C:SELECT 1", "Z:I"), out);
    }

    @Test
    void describeOfUtilityAndEmptyStatements() {
        c = new Conversation().started();
        List<String> out = c.send(ClientMessages.create()
                .parse("u", "set application_name = 'a'")
                .describe('S', "u")
                .parse("e", "  ")
                .describe('S', "e")
                .bind("", "e", NONE)
                .execute("", 0)
                .bind("", "u", NONE)
                .describe('P', "")
                .execute("", 0)
                .sync());
        assertEquals(List.of("1", "t:", "n", "1", "t:", "n", "2", "I", "2", "n", "C:SET", "S:application_name=a", "Z:I"),
                out);
    }

    @Test
    void errorSkipsToSync() {
        c = new Conversation().started();
        List<String> out = c.send(ClientMessages.create()
                .parse("", "select nosuch")
                .bind("", "", NONE)
                .describe('P', "")
                .execute("", 0)
                .query("select 1")
                .sync());
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8", "Z:I"), out);
        assertEquals(List.of("T:?column?/23", "D:1", "C:SELECT 1", "Z:I"), c.query("select 1"));
    }

    @Test
    void errorIsFlushedWithoutWaitingForSync() {
        c = new Conversation().started();
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8"),
                c.send(ClientMessages.create().parse("", "select nosuch").describe('S', "").flush()));
        assertEquals(List.of("Z:I"), c.send(ClientMessages.create().sync()));
    }

    @Test
    void flushSendsPendingResponsesWithoutReadyForQuery() {
        c = new Conversation().started();
        assertEquals(List.of(), c.send(ClientMessages.create().parse("", "select 1").describe('S', "")));
        assertEquals(List.of("1", "t:", "T:?column?/23"), c.send(ClientMessages.create().flush()));
        assertEquals(List.of("Z:I"), c.send(ClientMessages.create().sync()));
    }

    @Test
    void showOverTheWire() {
        c = new Conversation().started();
        assertEquals(List.of("T:TimeZone/25", "D:UTC", "C:SHOW", "Z:I"), c.query("show time zone"));
        List<String> all = c.query("show all");
        assertEquals("T:name/25,setting/25,description/25", all.get(0));
        assertTrue(all.contains("D:server_version|15.0 (pgwire)|Shows the server version."), all.toString());
        assertEquals(List.of("1", "2", "T:application_name/25", "D:", "C:SHOW", "Z:I"), c.send(ClientMessages.create()
                .parse("", "show application_name").bind("", "", NONE).describe('P', "").execute("", 0).sync()));
    }

    @Test
    void bindValidation() {
        c = new Conversation().started();
        assertEquals(List.of("1", "E:ERROR/08P01/bind message supplies 0 parameters, but prepared statement \"s\" requires 1",
                        "Z:I"),
                c.send(ClientMessages.create().parse("s", "select $1").bind("", "s", NONE).sync()));
        assertEquals(List.of("E:ERROR/26000/prepared statement \"nope\" does not exist", "Z:I"),
                c.send(ClientMessages.create().bind("", "nope", NONE).sync()));
        assertEquals(List.of("E:ERROR/08P01/bind message has 2 result formats but query has 1 columns", "Z:I"),
                c.send(ClientMessages.create().bind("", "s", new String[] {"x"}, (short) 0, (short) 1).sync()));
        assertEquals(List.of("E:ERROR/22023/unsupported format code: 7", "Z:I"),
                c.send(ClientMessages.create().bind("", "s", new String[] {"x"}, (short) 7).sync()));
        assertEquals(List.of("E:ERROR/42P05/prepared statement \"s\" already exists", "Z:I"),
                c.send(ClientMessages.create().parse("s", "select 1").sync()));
        assertEquals(List.of("E:ERROR/42601/cannot insert multiple commands into a prepared statement", "Z:I"),
                c.send(ClientMessages.create().parse("", "select 1; select 2").sync()));
        assertEquals(List.of("E:ERROR/34000/portal \"p\" does not exist", "Z:I"),
                c.send(ClientMessages.create().execute("p", 0).sync()));
        assertEquals(List.of("3", "3", "Z:I"),
                c.send(ClientMessages.create().close('S', "s").close('P', "nope").sync()));
    }

    @Test
    void portalSuspensionAndResume() {
        c = new Conversation().started();
        List<String> out = c.send(ClientMessages.create()
                .parse("", "select * from series(5)")
                .bind("p", "", NONE)
                .execute("p", 2)
                .execute("p", 2)
                .execute("p", 2)
                .sync());
        assertEquals(List.of("1", "2", "D:1|row 1", "D:2|row 2", "s", "D:3|row 3", "D:4|row 4", "s", "D:5|row 5",
                "C:SELECT 1", "Z:I"), out);
        assertEquals(0, c.engine.openCursors.get());
        assertEquals(1, c.engine.executions.get());
    }

    @Test
    void portalsCloseWhenTheImplicitTransactionEndsAtSync() {
        c = new Conversation().started();
        assertEquals(List.of("1", "2", "D:1|row 1", "s", "Z:I"), c.send(ClientMessages.create()
                .parse("", "select * from series(3)").bind("c1", "", NONE).execute("c1", 1).sync()));
        assertEquals(0, c.engine.openCursors.get());
        assertEquals(List.of("E:ERROR/34000/portal \"c1\" does not exist", "Z:I"),
                c.send(ClientMessages.create().execute("c1", 1).sync()));
    }

    @Test
    void portalsSurviveSyncInsideATransactionBlock() {
        c = new Conversation().started();
        assertEquals(List.of("C:BEGIN", "Z:T"), c.query("begin"));
        assertEquals(List.of("1", "2", "D:1|row 1", "s", "Z:T"), c.send(ClientMessages.create()
                .parse("", "select * from series(3)").bind("c1", "", NONE).execute("c1", 1).sync()));
        assertEquals(List.of("D:2|row 2", "s", "Z:T"), c.send(ClientMessages.create().execute("c1", 1).sync()));
        assertEquals(1, c.engine.openCursors.get());
        assertEquals(List.of("C:COMMIT", "Z:I"), c.query("commit"));
        assertEquals(0, c.engine.openCursors.get());
    }

    @Test
    void transactionStatusAcrossBeginErrorRollback() {
        c = new Conversation().started();
        assertEquals(List.of("C:BEGIN", "Z:T"), c.query("BEGIN"));
        assertEquals(List.of("N:WARNING/25001/there is already a transaction in progress", "C:BEGIN", "Z:T"),
                c.query("begin"));
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8", "Z:E"), c.query("select nosuch"));
        assertEquals(List.of("E:ERROR/25P02/current transaction is aborted, commands ignored until end of"
                + " transaction block", "Z:E"), c.query("select 1"));
        assertEquals(List.of("C:ROLLBACK", "Z:I"), c.query("rollback"));
        assertEquals(List.of("N:WARNING/25P01/there is no transaction in progress", "C:ROLLBACK", "Z:I"),
                c.query("rollback"));
        assertEquals(List.of("C:START TRANSACTION", "Z:T"), c.query("start transaction read only"));
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8", "Z:E"), c.query("select nosuch"));
        assertEquals(List.of("C:ROLLBACK", "Z:I"), c.query("commit"));
        assertEquals(List.of("N:WARNING/25P01/there is no transaction in progress", "C:COMMIT", "Z:I"),
                c.query("commit"));
    }

    @Test
    void savepointsInAFailedBlock() {
        c = new Conversation().started();
        assertEquals(List.of("C:BEGIN", "C:SAVEPOINT", "Z:T"), c.query("begin; savepoint a"));
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8", "Z:E"), c.query("select nosuch"));
        assertEquals(List.of("C:ROLLBACK", "T:?column?/23", "D:1", "C:SELECT 1", "Z:T"),
                c.query("rollback to savepoint a; select 1"));
        assertEquals(List.of("E:ERROR/3B001/savepoint \"b\" does not exist", "Z:E"), c.query("release b"));
        assertEquals(List.of("C:ROLLBACK", "Z:I"), c.query("rollback"));
        assertEquals(List.of("E:ERROR/25P01/SAVEPOINT can only be used in transaction blocks", "Z:I"),
                c.query("savepoint x"));
    }

    @Test
    void extendedErrorInsideABlockFailsTheBlock() {
        c = new Conversation().started();
        c.query("begin");
        assertEquals(List.of("E:ERROR/42703/column \"nosuch\" does not exist@8", "Z:E"),
                c.send(ClientMessages.create().parse("", "select nosuch").bind("", "", NONE).execute("", 0).sync()));
        assertEquals(List.of("E:ERROR/25P02/current transaction is aborted, commands ignored until end of transaction"
                        + " block", "Z:E"),
                c.send(ClientMessages.create().parse("", "select 1").sync()));
        assertEquals(List.of("1", "2", "C:ROLLBACK", "Z:I"),
                c.send(ClientMessages.create().parse("", "rollback").bind("", "", NONE).execute("", 0).sync()));
    }

    @Test
    void setSendsParameterStatusAndRollbackRestoresIt() {
        c = new Conversation().started();
        assertEquals(List.of("C:SET", "S:application_name=psql2", "Z:I"), c.query("set application_name = 'psql2'"));
        assertEquals(List.of("C:SET", "S:TimeZone=Asia/Tokyo", "Z:I"), c.query("SET TIME ZONE 'asia/tokyo'"));
        assertEquals(List.of("C:BEGIN", "C:SET", "S:application_name=x", "Z:T"),
                c.query("begin; set application_name to x"));
        assertEquals(List.of("C:ROLLBACK", "S:application_name=psql2", "Z:I"), c.query("rollback"));
        assertEquals(List.of("C:SET", "C:SET", "Z:I"), c.query("set local application_name = 'y'; set application_name = 'psql2'")
                .stream().filter(s -> !s.startsWith("N:")).toList());
        assertEquals(List.of("C:RESET", "S:application_name=", "Z:I"), c.query("reset application_name"));
    }

    @Test
    void errorInImplicitTransactionUndoesItsSets() {
        c = new Conversation().started();
        assertEquals(List.of("C:SET", "E:ERROR/42703/column \"nosuch\" does not exist@39", "Z:I"),
                c.query("set application_name = 'lost'; select nosuch"));
    }

    @Test
    void invalidSettings() {
        c = new Conversation().started();
        assertEquals(List.of("E:ERROR/22023/invalid value for parameter \"DateStyle\": \"German\"", "Z:I"),
                c.query("set datestyle = 'German'"));
        assertEquals(List.of("E:ERROR/42704/unrecognized configuration parameter \"nosuch\"", "Z:I"),
                c.query("set nosuch = 1"));
        assertEquals(List.of("E:ERROR/55P02/parameter \"server_version\" cannot be changed", "Z:I"),
                c.query("set server_version = '16'"));
        assertEquals(List.of("E:ERROR/25006/cannot set transaction read-write mode", "Z:I"),
                c.query("set transaction_read_only = off"));
        assertEquals(List.of("C:SET", "Z:I"), c.query("set myapp.flag = 'on'"));
    }

    @Test
    void writesAreRefused() {
        c = new Conversation().started();
        assertEquals(List.of("E:ERROR/25006/cannot execute INSERT in a read-only transaction", "Z:I"),
                c.query("insert into t values (1)"));
        assertEquals(List.of("E:ERROR/25006/cannot execute CREATE TABLE in a read-only transaction", "Z:I"),
                c.query("CREATE TEMP TABLE t (a int)"));
        assertEquals(List.of("E:ERROR/25006/cannot execute DROP INDEX in a read-only transaction", "Z:I"),
                c.query("drop index if exists i"));
        // COPY FROM checks its relation first, as PostgreSQL does; CopyDifferentialTest covers the refusal.
        assertEquals(List.of("E:ERROR/42P01/relation does not exist: SELECT * FROM t", "Z:I"),
                c.query("copy t from stdin"));
        assertEquals(List.of("1", "2", "E:ERROR/25006/cannot execute UPDATE in a read-only transaction", "Z:I"),
                c.send(ClientMessages.create().parse("", "update t set a = 1").bind("", "", NONE).execute("", 0).sync()));
        assertEquals(List.of("E:ERROR/42601/syntax error at or near \"frobnicate\"@4", "Z:I"),
                c.query("   frobnicate now"));
        assertEquals(List.of("E:ERROR/0A000/DO is not supported by this server", "Z:I"),
                c.query("do $$ begin end $$"));
    }

    @Test
    void utilityStatementsWithTheirTags() {
        c = new Conversation().started();
        assertEquals(List.of("C:DISCARD ALL", "C:DEALLOCATE ALL", "C:CLOSE CURSOR ALL", "C:UNLISTEN", "C:LISTEN", "Z:I"),
                c.query("discard all; deallocate all; close all; unlisten *; listen ch"));
        assertEquals(List.of("E:ERROR/26000/prepared statement \"x\" does not exist", "Z:I"), c.query("deallocate x"));
    }

    @Test
    void oversizedMessageIsFatal() {
        c = new Conversation(null, null, 1024);
        c.started();
        List<String> out = c.query("select '" + "x".repeat(2000) + "'");
        assertEquals(List.of("E:FATAL/54000/message of 2014 bytes exceeds the limit of 1024 bytes"), out);
        assertFalse(c.channel.isActive());
    }

    @Test
    void unreadableMessageContentIsAnErrorAndTheConnectionGoesOn() {
        c = new Conversation().started();
        // Invalid UTF-8 in a Query: 22021 naming the bytes, then ReadyForQuery (PostgreSQL 15 answers the same).
        assertEquals(List.of("E:ERROR/22021/invalid byte sequence for encoding \"UTF8\": 0xc3 0x28", "Z:I"),
                c.send(ClientMessages.create().raw('Q', new byte[] {'s', (byte) 0xC3, 0x28, 0})));
        // A truncated Execute starts skipping to Sync; the Bind after it is skipped.
        assertEquals(List.of("E:ERROR/08P01/insufficient data left in message", "Z:I"),
                c.send(ClientMessages.create().raw('E', new byte[] {0, 0}).bind("", "nope", NONE).sync()));
        // Sync with trailing bytes: an error, and ReadyForQuery all the same.
        assertEquals(List.of("E:ERROR/08P01/invalid message format", "Z:I", "C:SELECT 2", "Z:I"),
                c.send(ClientMessages.create().raw('S', new byte[] {0}).query("select * from series(2)"))
                        .stream().filter(l -> !l.startsWith("T:") && !l.startsWith("D:")).toList());
        assertTrue(c.channel.isActive());
    }

    @Test
    void passwordMessageAfterStartupIsFatal() {
        c = new Conversation().started();
        assertEquals(List.of("E:FATAL/08P01/invalid frontend message type 112"),
                c.send(ClientMessages.create().password("x")));
        assertFalse(c.channel.isActive());
    }

    @Test
    void terminateCloses() {
        c = new Conversation().started();
        c.send(ClientMessages.create().terminate());
        assertFalse(c.channel.isActive());
        assertEquals(0, c.cancelRegistry.size());
    }

    @Test
    void functionCallIsRefused() {
        c = new Conversation().started();
        assertEquals(List.of("E:ERROR/0A000/the function call protocol is not supported", "Z:I"),
                c.send(ClientMessages.create().raw('F', new byte[] {0, 0, 0, 1})));
    }
}
