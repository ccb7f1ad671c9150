package dev.pgwire.runtime.session;

import static dev.pgwire.runtime.session.Differential.assertNoProblems;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * COPY TO STDOUT against PostgreSQL 15, message by message and byte for byte: CopyOutResponse, every CopyData,
 * CopyDone, the command tag; and the errors of bad options, columns, targets and COPY FROM.
 */
class CopyDifferentialTest {
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
    void textCsvAndBinaryOutputOfEveryTypeAreIdentical() throws Exception {
        assertNoProblems(both.compare(List.of(
                "COPY cp_types TO STDOUT",
                "COPY cp_types TO STDOUT WITH (FORMAT csv)",
                "COPY cp_types TO STDOUT WITH (FORMAT binary)",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, HEADER true, FORCE_QUOTE *)",
                "COPY cp_types TO STDOUT WITH (FORMAT text, HEADER)",
                "COPY cp_types (t, vc, id) TO STDOUT WITH (FORMAT csv, HEADER, DELIMITER ';', NULL 'NULL',"
                        + " QUOTE '''', ESCAPE '\\', FORCE_QUOTE (vc))",
                "COPY cp_types (t) TO STDOUT WITH (FORMAT csv)",
                "COPY cp_types (vc) TO STDOUT WITH (FORMAT csv)",
                "COPY cp_types TO STDOUT WITH (DELIMITER '|', NULL '')",
                "COPY cp_types TO STDOUT WITH (DELIMITER E'\\x01')",
                "COPY cp_types TO STDOUT WITH (FORMAT 'csv', HEADER 'on', DELIMITER E'\\t', ENCODING 'UTF8')",
                "COPY cp_types TO STDOUT WITH CSV HEADER DELIMITER AS ';' NULL AS '' FORCE QUOTE t, vc",
                "COPY cp_types TO STDOUT BINARY",
                "COPY BINARY cp_types TO STDOUT",
                "COPY cp_types TO STDOUT USING DELIMITERS '|'",
                "COPY public.cp_types (id) TO STDOUT",
                "COPY (SELECT id, t FROM cp_types WHERE id > 2 ORDER BY id DESC) TO STDOUT (FORMAT csv, HEADER)",
                "COPY (SELECT id, by, u FROM cp_types ORDER BY id) TO STDOUT (FORMAT binary)",
                "COPY (SELECT 1 WHERE false) TO STDOUT (FORMAT binary)",
                "COPY (SELECT 1 WHERE false) TO STDOUT (FORMAT csv, HEADER)",
                "COPY (SELECT '\\.' AS x) TO STDOUT (FORMAT csv)",
                "COPY (SELECT 1 AS \"a,b\", 2 AS \"q\"\"\") TO STDOUT (FORMAT csv, HEADER)",
                "COPY (SELECT 1 AS \"a\tb\") TO STDOUT (HEADER)",
                "copy cp_types to stdout with (freeze)")));
    }

    @Test
    void optionErrorsAreIdentical() throws Exception {
        assertNoProblems(both.compare(List.of(
                "COPY cp_types TO STDOUT WITH (FORMAT xml)",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, FORMAT csv)",
                "COPY cp_types TO STDOUT WITH (bogus 1)",
                "COPY cp_types TO STDOUT WITH (HEADER match)",
                "COPY cp_types TO STDOUT WITH (HEADER 2)",
                "COPY cp_types TO STDOUT WITH (DELIMITER)",
                "COPY cp_types TO STDOUT WITH (DELIMITER 'ab')",
                "COPY cp_types TO STDOUT WITH (DELIMITER 'a')",
                "COPY cp_types TO STDOUT WITH (DELIMITER E'\\n')",
                "COPY cp_types TO STDOUT WITH (NULL E'\\r')",
                "COPY cp_types TO STDOUT WITH (FORMAT binary, DELIMITER ',')",
                "COPY cp_types TO STDOUT WITH (FORMAT binary, NULL 'x')",
                "COPY cp_types TO STDOUT WITH (FORMAT binary, HEADER)",
                "COPY cp_types TO STDOUT WITH (QUOTE '\"')",
                "COPY cp_types TO STDOUT WITH (ESCAPE '\"')",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, QUOTE '')",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, ESCAPE 'ab')",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, DELIMITER '\"')",
                "COPY cp_types TO STDOUT WITH (FORCE_QUOTE *)",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (z))",
                "COPY cp_types (id) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (t))",
                "COPY (SELECT 1 AS a) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (b))",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, FORCE_QUOTE t)",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, FORCE_NOT_NULL (t))",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, FORCE_NULL (t))",
                "COPY cp_types TO STDOUT WITH (ENCODING 'nope')",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, NULL ',')",
                "COPY cp_types TO STDOUT WITH (FORMAT csv, NULL '\"')",
                "COPY cp_types TO STDOUT WITH OIDS",
                "COPY cp_types TO STDOUT WHERE id > 1",
                "COPY (SELECT 1) FROM STDIN")));
    }

    @Test
    void targetColumnAndWriteErrorsAreIdentical() throws Exception {
        assertNoProblems(both.compare(List.of(
                "COPY cp_types (zz) TO STDOUT",
                "COPY cp_types (id, id) TO STDOUT",
                "COPY nosuch TO STDOUT",
                "COPY nosuch TO '/tmp/nosuch'",
                "COPY cp_types TO '/tmp/x'",
                "COPY cp_types FROM '/tmp/x'",
                "COPY cp_types TO PROGRAM 'cat'",
                "COPY cp_types FROM PROGRAM 'cat'",
                "COPY (SELECT 1) TO '/tmp/x'",
                "COPY nosuch FROM STDIN",
                "COPY cp_types FROM STDIN",
                "COPY cp_types (id, t) FROM STDIN WITH (FORMAT csv)",
                "COPY cp_types (zz) FROM STDIN")));
    }
}
