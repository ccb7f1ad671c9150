package dev.pgwire.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.Assignment;
import dev.pgwire.runtime.sql.SqlScript;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementClassifierTest {
    private static Command classify(String sql) {
        try {
            return StatementClassifier.classify(SqlScript.split(sql).get(0));
        } catch (PgException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 1", "SELECT * FROM t", "with x as (select 1) select * from x", "values (1)",
            "table t", "explain select 1", "(select 1) union (select 2)", "/* c */ select 1"})
    void queriesGoToTheEngine(String sql) {
        assertInstanceOf(Command.Query.class, classify(sql));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "insert into t values (1)|INSERT",
            "UPDATE t SET a = 1|UPDATE",
            "delete from t|DELETE",
            "merge into t using s on true when matched then do nothing|MERGE",
            "create table t (a int)|CREATE TABLE",
            "create or replace view v as select 1|CREATE VIEW",
            "create unique index i on t (a)|CREATE INDEX",
            "create materialized view m as select 1|CREATE MATERIALIZED VIEW",
            "drop table t|DROP TABLE",
            "alter table t add column b int|ALTER TABLE",
            "truncate t|TRUNCATE TABLE",
            "grant select on t to public|GRANT",
            "revoke all on t from u|REVOKE",
            "vacuum|VACUUM",
            "analyse t|ANALYZE",
            "refresh materialized view m|REFRESH MATERIALIZED VIEW",
            "lock table t|LOCK TABLE",
            "notify ch|NOTIFY",
            "comment on table t is 'x'|COMMENT"})
    void writesAreRefusedWithPostgresCommandNames(String sql, String name) {
        Command.Refused r = assertInstanceOf(Command.Refused.class, classify(sql));
        assertEquals(SqlState.READ_ONLY_SQL_TRANSACTION, r.state());
        assertEquals("cannot execute " + name + " in a read-only transaction", r.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prepare transaction 'x'", "do $$ begin end $$",
            "call p()", "set role admin", "set session authorization bob",
            "commit prepared 'x'"})
    void unsupported(String sql) {
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED, assertInstanceOf(Command.Refused.class, classify(sql)).state());
    }

    @Test
    void syntaxErrorsPointAtTheToken() {
        Command.Refused r = assertInstanceOf(Command.Refused.class, classify("set timezone 'UTC'"));
        assertEquals(SqlState.SYNTAX_ERROR, r.state());
        assertEquals("syntax error at or near \"'UTC'\"", r.message());
        assertEquals(14, r.position());
        Command.Refused end = assertInstanceOf(Command.Refused.class, classify("show"));
        assertEquals("syntax error at end of input", end.message());
        assertEquals(5, end.position());
        assertEquals(1, assertInstanceOf(Command.Refused.class, classify("+1")).position());
        assertEquals("syntax error at or near \"x\"",
                assertInstanceOf(Command.Refused.class, classify("begin x")).message());
    }

    @Test
    void setForms() {
        assertEquals(new Command.Set(List.of(new Assignment("search_path", "a, \"B\"")), false),
                classify("set search_path = a, \"B\""));
        assertEquals(new Command.Set(List.of(new Assignment("TimeZone", "Europe/Rome")), true),
                classify("SET LOCAL TIME ZONE 'Europe/Rome'"));
        assertEquals(new Command.Set(List.of(new Assignment("TimeZone", null)), false), classify("set time zone default"));
        assertEquals(new Command.Set(List.of(new Assignment("extra_float_digits", "-2")), false),
                classify("set session extra_float_digits to -2"));
        assertEquals(new Command.Set(List.of(new Assignment("myapp.flag", "x")), false), classify("set myapp.flag = x"));
        assertEquals(new Command.Set(List.of(new Assignment("client_encoding", "UTF8")), false),
                classify("set names 'UTF8'"));
        assertEquals(new Command.Set(List.of(new Assignment("application_name", null)), false),
                classify("set application_name to default"));
        assertEquals(new Command.Set(List.of(new Assignment("transaction_isolation", "repeatable read"),
                        new Assignment("transaction_read_only", "on")), true, "SET TRANSACTION"),
                classify("set transaction isolation level repeatable read, read only"));
        assertEquals(new Command.Set(List.of(new Assignment("default_transaction_read_only", "on")), false),
                classify("set session characteristics as transaction read only"));
    }

    @Test
    void otherUtilities() {
        assertEquals(new Command.Show("TimeZone"), classify("show time zone"));
        assertEquals(new Command.Show(null), classify("SHOW ALL"));
        assertEquals(new Command.Show("myapp.flag"), classify("show myapp.flag"));
        assertEquals(new Command.Reset(null), classify("reset all"));
        assertEquals(new Command.Reset("search_path"), classify("RESET search_path"));
        assertEquals(new Command.Begin("BEGIN", List.of()), classify("begin work"));
        assertEquals(new Command.Begin("START TRANSACTION", List.of(new Assignment("transaction_deferrable", "off"))),
                classify("start transaction not deferrable"));
        assertInstanceOf(Command.Commit.class, classify("end transaction"));
        assertInstanceOf(Command.Commit.class, classify("commit and no chain"));
        assertInstanceOf(Command.Rollback.class, classify("abort"));
        assertEquals(new Command.RollbackTo("sp"), classify("rollback work to savepoint sp"));
        assertEquals(new Command.Savepoint("Sp"), classify("savepoint \"Sp\""));
        assertEquals(new Command.Release("sp"), classify("release sp"));
        assertEquals(new Command.Discard("all"), classify("discard all"));
        assertEquals(new Command.Discard("temp"), classify("discard temporary"));
        assertEquals(new Command.Deallocate("p1"), classify("deallocate prepare p1"));
        assertEquals(new Command.Deallocate(null), classify("deallocate all"));
        assertEquals(new Command.CloseCursor("c"), classify("close c"));
        assertEquals(new Command.NoOp("UNLISTEN"), classify("unlisten *"));
        assertEquals(new Command.NoOp("LISTEN"), classify("listen ch"));
        assertEquals(new Command.NoOp("RESET"), classify("reset role"));
        assertEquals(new Command.NoOp("RESET"), classify("reset session authorization"));
        assertEquals(new Command.NoOp("SET"), classify("set role none"));
        assertEquals(new Command.NoOp("SET"), classify("set session authorization default"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fetch c|c|FORWARD|1|false",
            "fetch next|next|FORWARD|1|false",
            "fetch from \"My C\"|My C|FORWARD|1|false",
            "fetch prior from c|c|BACKWARD|1|false",
            "fetch first in c|c|ABSOLUTE|1|false",
            "fetch last c|c|ABSOLUTE|-1|false",
            "fetch absolute -3 from c|c|ABSOLUTE|-3|false",
            "fetch relative +2 in c|c|RELATIVE|2|false",
            "fetch -3 in c|c|FORWARD|-3|false",
            "fetch all c|c|FORWARD|9223372036854775807|false",
            "fetch forward from c|c|FORWARD|1|false",
            "fetch forward 7 c|c|FORWARD|7|false",
            "move backward all in c|c|BACKWARD|9223372036854775807|true",
            "move backward c|c|BACKWARD|1|true"})
    void fetchAndMoveAreNormalisedLikePostgres(String sql, String cursor, Command.FetchDirection direction,
            long count, boolean move) {
        assertEquals(new Command.Fetch(cursor, direction, count, move), classify(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fetch", "fetch from", "fetch all all c", "fetch forward all all c", "fetch 1 2 c",
            "fetch absolute c", "fetch 9999999999 c", "move", "declare c", "declare c cursor for show all",
            "declare all cursor for select 1", "copy", "copy t", "copy t to", "copy (select 1) from stdin",
            "copy t to stdout with oids", "prepare p", "prepare p as", "execute", "execute p (1,)"})
    void badCursorCopyAndPrepareSyntaxIsASyntaxError(String sql) {
        assertEquals(SqlState.SYNTAX_ERROR, assertInstanceOf(Command.Refused.class, classify(sql)).state());
    }

    @Test
    void declareCopyPrepareAndExecuteKeepWhatTheyNeed() {
        Command.Declare d = assertInstanceOf(Command.Declare.class,
                classify("declare \"C\" binary no scroll cursor with hold for select 1"));
        assertEquals(new Command.Declare("C", true, Command.CursorScroll.NO_SCROLL, true, "select 1", 50, null), d);
        Command.Copy copy = assertInstanceOf(Command.Copy.class,
                classify("copy s.\"T\" (a, b) to stdout with csv header delimiter as ';'"));
        assertEquals("s.\"T\"", copy.relation());
        assertEquals(List.of("a", "b"), copy.columns());
        assertEquals(List.of("format", "header", "delimiter"),
                copy.options().stream().map(Command.CopyOption::name).toList());
        Command.Copy query = assertInstanceOf(Command.Copy.class,
                classify("COPY (select (1)) TO program 'x' (format 'binary')"));
        assertEquals("select (1)", query.query());
        assertEquals(Command.CopyTarget.PROGRAM, query.target());
        Command.Prepare p = assertInstanceOf(Command.Prepare.class,
                classify("prepare p (int, numeric(10, 2)) as select $1, $2"));
        assertEquals(List.of(new Command.Written("int", 11), new Command.Written("numeric(10, 2)", 16)), p.types());
        assertEquals("select $1, $2", p.body());
        assertEquals(new Command.Execute("p", List.of(new Command.Written("f(1, 2)", 11),
                new Command.Written("'x'", 20))), classify("execute p (f(1, 2), 'x')"));
        assertEquals(SqlState.INVALID_CURSOR_DEFINITION, assertInstanceOf(Command.Refused.class,
                classify("declare c scroll no scroll cursor for select 1")).state());
    }
}
