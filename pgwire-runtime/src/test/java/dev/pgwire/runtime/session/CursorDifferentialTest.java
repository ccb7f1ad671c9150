package dev.pgwire.runtime.session;

import static dev.pgwire.runtime.session.Differential.assertNoProblems;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL cursors against PostgreSQL 15, statement by statement on one connection each: rows, RowDescription (text and
 * BINARY cursors), command tags, positioning in every direction, errors and transaction scoping.
 */
class CursorDifferentialTest {
    private static Differential both;

    @BeforeAll
    static void start() throws Exception {
        both = Differential.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void forwardOnlyCursorStreamsAndRefusesToGoBack() throws Exception {
        assertNoProblems(both.compare(List.of(
                "DECLARE c CURSOR FOR SELECT id FROM cp_types ORDER BY id",
                "BEGIN",
                "DECLARE c NO SCROLL CURSOR FOR SELECT id, t, f8 FROM cp_types ORDER BY id",
                "FETCH c",
                "FETCH 2 FROM c",
                "FETCH FORWARD 0 IN c",
                "MOVE 0 IN c",
                "FETCH NEXT c",
                "MOVE FORWARD 1 FROM c",
                "FETCH ALL FROM c",
                "FETCH c",
                "MOVE 0 c",
                "FETCH PRIOR FROM c",
                "FETCH c",
                "ROLLBACK",
                "BEGIN",
                "DECLARE c NO SCROLL CURSOR FOR SELECT id FROM cp_types ORDER BY id",
                "FETCH ABSOLUTE 2 FROM c",
                "FETCH ABSOLUTE 4 FROM c",
                "MOVE RELATIVE 1 IN c",
                "FETCH FIRST FROM c",
                "ROLLBACK",
                "BEGIN",
                "DECLARE c NO SCROLL CURSOR FOR SELECT id FROM cp_types ORDER BY id",
                "FETCH ABSOLUTE 0 FROM c",
                "FETCH FIRST FROM c",
                "FETCH BACKWARD 0 FROM c",
                "ROLLBACK")));
    }

    @Test
    void scrollCursorMovesInEveryDirection() throws Exception {
        assertNoProblems(both.compare(List.of(
                "BEGIN",
                "DECLARE s SCROLL CURSOR FOR SELECT id, vc FROM cp_types ORDER BY id",
                "FETCH LAST FROM s",
                "FETCH PRIOR FROM s",
                "FETCH ABSOLUTE 2 FROM s",
                "FETCH RELATIVE -1 FROM s",
                "FETCH RELATIVE 0 FROM s",
                "FETCH FIRST FROM s",
                "FETCH ABSOLUTE -2 FROM s",
                "FETCH BACKWARD ALL FROM s",
                "FETCH ALL FROM s",
                "FETCH ALL FROM s",
                "MOVE BACKWARD ALL IN s",
                "FETCH 0 FROM s",
                "MOVE 2 IN s",
                "FETCH 0 FROM s",
                "MOVE ABSOLUTE 10 IN s",
                "FETCH BACKWARD 1 FROM s",
                "FETCH -2 FROM s",
                "MOVE LAST IN s",
                "FETCH NEXT FROM s",
                "FETCH ABSOLUTE 0 FROM s",
                "MOVE ABSOLUTE -1 IN s",
                "MOVE BACKWARD 2 IN s",
                "FETCH RELATIVE 2 FROM s",
                "FETCH BACKWARD 10 FROM s",
                "FETCH FORWARD ALL FROM s",
                "MOVE BACKWARD ALL FROM s",
                "FETCH FORWARD 3 s",
                "CLOSE s",
                "FETCH s",
                "ROLLBACK")));
    }

    @Test
    void binaryCursorsSendBinaryRows() throws Exception {
        assertNoProblems(both.compare(List.of(
                "BEGIN",
                "DECLARE b BINARY CURSOR FOR SELECT id, f8, t, d, ts, by, u, n FROM cp_types ORDER BY id",
                "FETCH 2 FROM b",
                "FETCH ALL FROM b",
                "MOVE BACKWARD 0 IN b",
                "COMMIT")));
    }

    @Test
    void cursorsEndWithTheirTransactionUnlessHeld() throws Exception {
        assertNoProblems(both.compare(List.of(
                "DECLARE h CURSOR WITH HOLD FOR SELECT id FROM cp_types ORDER BY id",
                "FETCH 1 FROM h",
                "BEGIN",
                "FETCH 1 FROM h",
                "ROLLBACK",
                "FETCH 1 FROM h",
                "BEGIN",
                "DECLARE h2 CURSOR WITH HOLD FOR SELECT 1",
                "ROLLBACK",
                "FETCH h2",
                "BEGIN",
                "DECLARE x CURSOR WITHOUT HOLD FOR SELECT 1",
                "DECLARE h3 INSENSITIVE CURSOR WITH HOLD FOR VALUES (1), (2)",
                "COMMIT",
                "FETCH x",
                "FETCH ALL h3",
                "CLOSE h",
                "FETCH h",
                "CLOSE ALL",
                "FETCH h3",
                "DECLARE m CURSOR FOR SELECT id FROM cp_types ORDER BY id; FETCH 2 FROM m; FETCH m",
                "FETCH m")));
    }

    @Test
    void extendedProtocolFetchHonoursRowLimits() throws Exception {
        List<String> problems = new java.util.ArrayList<>(both.compare(List.of(
                "BEGIN", "DECLARE c SCROLL CURSOR FOR SELECT id, t FROM cp_types ORDER BY id")));
        for (var step : List.<Step>of(
                w -> w.extended("FETCH 3 FROM c", 2, (short) 0),
                w -> w.executeAgain(2),
                w -> w.executeAgain(2),
                w -> w.extended("FETCH BACKWARD ALL FROM c", 0, (short) 1),
                w -> w.extended("MOVE LAST IN c", 1, (short) 0),
                w -> w.extended("FETCH nosuch", 0, (short) 0),
                w -> w.query("ROLLBACK"))) {
            List<String> expected = step.run(both.theirs);
            List<String> actual = step.run(both.ours);
            if (!expected.equals(actual)) {
                problems.add("postgres: " + expected + "\n  pgwire:   " + actual);
            }
        }
        assertNoProblems(problems);
    }

    @FunctionalInterface
    private interface Step {
        List<String> run(dev.pgwire.runtime.testing.WireClient client) throws java.io.IOException;
    }

    @Test
    void errorsAreIdentical() throws Exception {
        assertNoProblems(both.compare(List.of(
                "FETCH nosuch",
                "MOVE nosuch",
                "CLOSE nosuch",
                "DECLARE z SCROLL NO SCROLL CURSOR FOR SELECT 1",
                "DECLARE z ASENSITIVE INSENSITIVE CURSOR WITH HOLD FOR SELECT 1",
                "DECLARE z CURSOR WITH HOLD FOR SHOW ALL",
                "DECLARE z CURSOR FOR SELECT nosuch FROM cp_types",
                "BEGIN",
                "DECLARE d CURSOR FOR SELECT 1",
                "DECLARE d CURSOR FOR SELECT 2",
                "FETCH d",
                "ROLLBACK",
                "FETCH FROM",
                "FETCH FORWARD ALL ALL c",
                "FETCH ABSOLUTE c",
                "MOVE 1 2 c")));
    }
}
