package dev.pgwire.runtime.session;

import static dev.pgwire.runtime.session.Differential.assertNoProblems;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL-level PREPARE / EXECUTE / DEALLOCATE and the warnings of transaction statements, against PostgreSQL 15. */
class PrepareDifferentialTest {
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
    void prepareExecuteDeallocate() throws Exception {
        assertNoProblems(both.compare(List.of(
                "PREPARE p (int, text) AS SELECT $1 + 1 AS n, $2 || 'x' AS s",
                "EXECUTE p (1, 'a')",
                "EXECUTE p(41, NULL)",
                "EXECUTE p (2 * 3, upper('b'))",
                "EXECUTE p",
                "EXECUTE nosuch",
                "PREPARE p AS SELECT 1",
                "PREPARE q AS SELECT id, t FROM cp_types WHERE id > $1 ORDER BY id",
                "EXECUTE q(2)",
                "EXECUTE q('3')",
                "PREPARE v AS VALUES (1, 'one'), (2, 'two')",
                "EXECUTE v",
                "PREPARE w AS INSERT INTO cp_types (id) VALUES (99)",
                "EXECUTE w",
                "PREPARE bad AS SHOW ALL",
                "PREPARE t1 (int, nosuchtype) AS SELECT $1",
                "PREPARE t2 (int) AS SELECT $1, $2",
                "PREPARE t3 (int) AS SELECT $1; EXECUTE t3(1)",
                "EXECUTE t3 (1, 2)",
                "EXECUTE t3 ('x')",
                "PREPARE e AS SELECT nosuch FROM cp_types",
                "DEALLOCATE p",
                "EXECUTE p(1, 'a')",
                "DEALLOCATE p",
                "DEALLOCATE PREPARE q",
                "DEALLOCATE ALL",
                "EXECUTE v",
                "PREPARE x AS SELECT 1; EXECUTE x; DEALLOCATE x")));
    }

    @Test
    void transactionWarnings() throws Exception {
        assertNoProblems(both.compare(List.of(
                "BEGIN",
                "BEGIN",
                "START TRANSACTION",
                "COMMIT",
                "COMMIT",
                "ROLLBACK",
                "ABORT",
                "END",
                "SET LOCAL search_path = public",
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                "SAVEPOINT a",
                "RELEASE SAVEPOINT a",
                "ROLLBACK TO SAVEPOINT a",
                "BEGIN; SELECT 1; BEGIN; COMMIT",
                "COMMIT AND NO CHAIN",
                "ROLLBACK AND NO CHAIN",
                "BEGIN; SELECT 1; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "ROLLBACK",
                "BEGIN; DISCARD ALL",
                "ROLLBACK",
                "BEGIN ISOLATION LEVEL SERIALIZABLE; SHOW transaction_isolation; COMMIT",
                "BEGIN; SET LOCAL search_path = public; SAVEPOINT a; ROLLBACK TO a; RELEASE a; RELEASE a",
                "ROLLBACK",
                "BEGIN; SELECT nosuch",
                "SELECT 1",
                "COMMIT",
                "SHOW nosuch",
                "RESET nosuch",
                "BEGIN; SELECT 1; SET TRANSACTION NOT DEFERRABLE",
                "ROLLBACK",
                "SELECT 1; SET TRANSACTION ISOLATION LEVEL READ COMMITTED",
                "BEGIN; SHOW transaction_isolation; SET transaction_isolation = 'serializable'; SELECT 1;"
                        + " SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "ROLLBACK")));
    }
}
