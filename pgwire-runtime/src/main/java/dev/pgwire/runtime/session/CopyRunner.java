package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.sql.SqlLexer;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs COPY: checks it in PostgreSQL's order (server files and programs are refused with 42501, the relation and
 * its columns must exist, COPY FROM is refused as a write, then the options), then streams {@code COPY ... TO
 * STDOUT} as CopyOutResponse, one CopyData per row and CopyDone. Rows are pulled one at a time from the engine's
 * cursor; the sink blocks while the client is slow (backpressure).
 */
final class CopyRunner {
    private static final String FILE_HINT =
            "Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.";
    private static final Object[] NO_PARAMETERS = new Object[0];

    private final Session session;
    private final ResponseSink sink;

    CopyRunner(Session session, ResponseSink sink) {
        this.session = session;
        this.sink = sink;
    }

    /** Runs the copy and returns its CommandComplete tag. */
    String run(Command.Copy copy, CancelSignal cancel, Interruption interruption) throws PgException {
        refuseServerSide(copy);
        PreparedQuery query;
        int[] projection = null;
        List<ResultColumn> all = null;
        String relationName = null;
        if (copy.relation() != null) {
            query = prepareRelation(copy.relation());
            all = query.columns();
            relationName = relationName(copy.relation());
            projection = projection(all, copy.columns(), relationName);
        } else {
            query = null;
        }
        if (copy.from()) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION,
                    "cannot execute COPY FROM in a read-only transaction");
        }
        CopyOptions options = CopyOptionsValidator.validate(copy.options());
        if (query == null) {
            query = prepareQuery(copy);
            all = query.columns();
        }
        List<ResultColumn> columns = new ArrayList<>();
        if (projection == null) {
            columns.addAll(all);
        } else {
            for (int i : projection) {
                columns.add(all.get(i));
            }
        }
        CopyOut out = new CopyOut(columns, options, forceQuote(options, all, columns, relationName));
        if (options.format() == CopyOptions.Format.BINARY) {
            for (ResultColumn c : columns) {
                if (!c.type().codec().supportsBinary()) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION,
                            "no binary output function available for type " + c.type().name());
                }
            }
        }
        return "COPY " + stream(query, projection, out, cancel, interruption);
    }

    private long stream(PreparedQuery query, int[] projection, CopyOut out, CancelSignal cancel,
            Interruption interruption) throws PgException {
        try (ResultCursor cursor = query.execute(NO_PARAMETERS, session, cancel)) {
            sink.copyOutResponse(out);
            Object[] projected = projection == null ? null : new Object[projection.length];
            long rows = 0;
            while (true) {
                interruption.check();
                Object[] row = cursor.next();
                if (row == null) {
                    break;
                }
                if (projected != null) {
                    for (int i = 0; i < projection.length; i++) {
                        projected[i] = row[projection[i]];
                    }
                    row = projected;
                }
                sink.copyData(row, session);
                rows++;
            }
            sink.copyDone();
            return rows;
        }
    }

    private static void refuseServerSide(Command.Copy copy) throws PgException {
        switch (copy.target()) {
            case PROGRAM -> throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                    "must be superuser or have privileges of the pg_execute_server_program role to COPY to or from"
                            + " an external program", null, FILE_HINT, 0, null);
            case FILE -> throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, copy.from()
                    ? "must be superuser or have privileges of the pg_read_server_files role to COPY from a file"
                    : "must be superuser or have privileges of the pg_write_server_files role to COPY to a file",
                    null, FILE_HINT, 0, null);
            default -> { }
        }
    }

    /** All columns of the relation; errors carry no position, as PostgreSQL reports them for COPY. */
    private PreparedQuery prepareRelation(String relation) throws PgException {
        try {
            return session.engine().prepare("SELECT * FROM " + relation, new int[0], session);
        } catch (PgException e) {
            throw new PgException(e.state(), e.getMessage(), e.detail(), e.hint(), 0, e.getCause());
        }
    }

    private PreparedQuery prepareQuery(Command.Copy copy) throws PgException {
        try {
            return session.engine().prepare(copy.query(), new int[0], session);
        } catch (PgException e) {
            throw e.position() > 0 ? e.withPosition(e.position() + copy.queryOffset()) : e;
        }
    }

    /** Indexes of the listed columns in the relation's columns, or null for all of them. */
    private static int[] projection(List<ResultColumn> all, List<String> names, String relation)
            throws PgException {
        if (names.isEmpty()) {
            return null;
        }
        int[] indexes = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int index = indexOf(all, names.get(i));
            if (index < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN,
                        "column \"" + names.get(i) + "\" of relation \"" + relation + "\" does not exist");
            }
            for (int j = 0; j < i; j++) {
                if (indexes[j] == index) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN,
                            "column \"" + names.get(i) + "\" specified more than once");
                }
            }
            indexes[i] = index;
        }
        return indexes;
    }

    /** FORCE_QUOTE names must name a column of the source, and one that is copied. */
    private static boolean[] forceQuote(CopyOptions options, List<ResultColumn> all, List<ResultColumn> copied,
            String relation) throws PgException {
        boolean[] flags = new boolean[copied.size()];
        if (options.forceQuoteAll()) {
            Arrays.fill(flags, true);
            return flags;
        }
        for (String name : options.forceQuoteColumns()) {
            if (indexOf(all, name) < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, relation == null
                        ? "column \"" + name + "\" does not exist"
                        : "column \"" + name + "\" of relation \"" + relation + "\" does not exist");
            }
            int index = indexOf(copied, name);
            if (index < 0) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "FORCE_QUOTE column \"" + name + "\" not referenced by COPY");
            }
            flags[index] = true;
        }
        return flags;
    }

    private static int indexOf(List<ResultColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The relation's own name, as PostgreSQL's messages show it: the last part, unquoted. */
    private static String relationName(String written) throws PgException {
        String name = written;
        for (Token t : SqlLexer.tokenize(written)) {
            if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT) {
                name = t.value();
            }
        }
        return name;
    }
}
