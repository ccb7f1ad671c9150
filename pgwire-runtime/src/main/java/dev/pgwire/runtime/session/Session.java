package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.sql.SqlScript;
import dev.pgwire.runtime.sql.SqlStatement;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client session: the simple and extended query protocols over prepared statements and portals,
 * with PostgreSQL's transaction and error rules. Every public method handles one frontend message and
 * writes its responses to the sink; ReadyForQuery is sent only by {@link #query} and {@link #sync}.
 *
 * <p>Not thread-safe: the connection calls it from one thread at a time, in message order. Only its
 * {@link QueryCancel} is touched from other threads.
 */
public final class Session implements SessionSettings {
    private static final Logger LOG = Logger.getLogger(Session.class.getName());
    private static final int[] NO_TYPES = new int[0];

    private final SessionServices services;
    private final ResponseSink sink;
    private final QueryCancel cancel;
    private final String user;
    private final String database;
    private final int backendPid;
    private final Settings settings;
    private final Transaction transaction;
    private final PortalRunner runner;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new LinkedHashMap<>();
    private final Map<String, String> reported = new HashMap<>();
    private final SqlCursors cursors = new SqlCursors();
    private boolean ignoreTillSync;
    /** Inside a simple Query of several statements: PostgreSQL's implicit transaction block. */
    private boolean implicitBlock;
    private String zoneSetting;
    private ZoneId zone;

    private Session(SessionServices services, ResponseSink sink, QueryCancel cancel, String user, String database,
            int backendPid, Settings settings) {
        this.services = services;
        this.sink = sink;
        this.cancel = cancel;
        this.user = user;
        this.database = database;
        this.backendPid = backendPid;
        this.settings = settings;
        this.transaction = new Transaction(settings, committed -> {
            closeAllPortals();
            cursors.transactionEnded(committed);
        });
        this.runner = new PortalRunner(this, sink, cancel, services.timer(), this::forget);
    }

    /**
     * Creates a session from the startup packet's parameters: {@code user}, {@code database},
     * {@code options} and settings such as {@code client_encoding} or {@code TimeZone}.
     *
     * @throws PgException for a missing user or an invalid or unknown setting (sent as FATAL)
     */
    public static Session start(SessionServices services, Map<String, String> startup, ResponseSink sink,
            QueryCancel cancel, int backendPid) throws PgException {
        String user = startup.get("user");
        if (user == null || user.isEmpty()) {
            throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet");
        }
        String database = startup.getOrDefault("database", "");
        if (database.isEmpty()) {
            database = user;
        }
        Map<String, String> startupSettings = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : startup.entrySet()) {
            String k = e.getKey();
            if (k.equals("options")) {
                startupSettings.putAll(StartupOptions.parse(e.getValue()));
            } else if (!k.equals("user") && !k.equals("database") && !k.startsWith("_pq_.")) {
                startupSettings.put(k, e.getValue());
            }
        }
        if (startupSettings.containsKey("replication")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "replication connections are not supported");
        }
        Map<String, String> sessionDefaults = Map.of(
                "TimeZone", ZoneId.systemDefault().getId(),
                "session_authorization", user);
        // Server-wide defaults (pgwire.statementTimeout, ...) act like startup parameters the client did not send.
        Map<String, String> initial = new LinkedHashMap<>(services.limits().settingDefaults());
        initial.putAll(startupSettings);
        Settings settings = new Settings(sessionDefaults, initial);
        return new Session(services, sink, cancel, user, database, backendPid, settings);
    }

    /** Sends every reported setting in ParameterStatus, as after authentication. */
    public void sendInitialParameterStatus() {
        reportChangedSettings();
    }

    /** The transaction status byte ReadyForQuery would carry now. */
    public char transactionStatus() {
        return transaction.status();
    }

    // ---- simple query protocol

    /** A Query message: runs each statement in order, stops at the first error, then ReadyForQuery. */
    public void query(String sql) {
        if (ignoreTillSync) {
            return; // PostgreSQL ignores everything but Sync after an extended-protocol error
        }
        dropUnnamed();
        try {
            List<SqlStatement> list = SqlScript.split(sql);
            if (list.isEmpty()) {
                sink.emptyQueryResponse();
            }
            implicitBlock = list.size() > 1;
            for (SqlStatement statement : list) {
                if (!runSimple(statement)) {
                    break;
                }
            }
        } catch (PgException e) {
            fail(e);
        } finally {
            implicitBlock = false;
        }
        transaction.endImplicit();
        dropUnnamed();
        readyForQuery();
    }

    /** Runs one statement of a Query message; false after an error. */
    private boolean runSimple(SqlStatement statement) {
        try {
            PreparedStatement ps = prepare("", statement, NO_TYPES);
            if (ps.parameterTypes().length > 0) {
                throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $1");
            }
            Portal portal = new Portal("", ps, new Object[0], simpleFormat(ps));
            transaction.beginImplicit();
            runner.run(portal, 0, true);
            return true;
        } catch (PgException e) {
            fail(e.position() > 0 ? e.withPosition(e.position() + statement.offset()) : e);
            return false;
        } catch (ClientGoneException | SessionTerminatedException e) {
            throw e;
        } catch (RuntimeException e) {
            fail(internalError(e));
            return false;
        }
    }

    // ---- extended query protocol

    /** Parse: plans the statement and stores it under {@code name} ("" = unnamed). */
    public void parse(String name, String sql, int[] parameterTypes) {
        extended(() -> {
            if (!name.isEmpty() && statements.containsKey(name)) {
                throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT,
                        "prepared statement \"" + name + "\" already exists");
            }
            if (!name.isEmpty() && named(statements) >= services.limits().maxPreparedStatements()) {
                throw new PgException(SqlState.CONFIGURATION_LIMIT_EXCEEDED,
                        "too many prepared statements: a session may hold " + services.limits().maxPreparedStatements(),
                        null,
                        "Close prepared statements that are no longer used, or raise the server's "
                                + "maxPreparedStatements (pgwire.maxPreparedStatements).", 0, null);
            }
            List<SqlStatement> list = SqlScript.split(sql);
            if (list.size() > 1) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "cannot insert multiple commands into a prepared statement");
            }
            PreparedStatement ps;
            if (list.isEmpty()) {
                ps = new PreparedStatement(name, new Command.Empty(), null, parameterTypes.clone());
            } else {
                SqlStatement statement = list.get(0);
                try {
                    ps = prepare(name, statement, parameterTypes);
                } catch (PgException e) {
                    throw e.position() > 0 ? e.withPosition(e.position() + statement.offset()) : e;
                }
            }
            statements.put(name, ps);
            sink.parseComplete();
        });
    }

    /** Bind: decodes the parameters and creates portal {@code portalName} over statement {@code statementName}. */
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] values,
            short[] resultFormats) {
        extended(() -> {
            PreparedStatement ps = statement(statementName);
            int expected = ps.parameterTypes().length;
            if (parameterFormats.length > 1 && parameterFormats.length != values.length) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + parameterFormats.length
                        + " parameter formats but " + values.length + " parameters");
            }
            if (values.length != expected) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + values.length
                        + " parameters, but " + ps.displayName() + " requires " + expected);
            }
            checkNotFailed(ps.command());
            transaction.beginImplicit();
            if (!portalName.isEmpty() && (portals.containsKey(portalName) || cursors.contains(portalName))) {
                throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + portalName + "\" already exists");
            }
            boolean[] binary = FormatCodes.expand(parameterFormats, values.length);
            Object[] params = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    params[i] = services.parameterDecoder()
                            .decode(ps.parameterTypes()[i], i, values[i], binary[i], this);
                }
            }
            ResultFormat format = ResultFormat.of(resultColumns(ps), resultFormats);
            if (!portalName.isEmpty() && named(portals) >= services.limits().maxPortals()) {
                throw new PgException(SqlState.CONFIGURATION_LIMIT_EXCEEDED,
                        "too many open portals: a session may hold " + services.limits().maxPortals(), null,
                        "Close portals that are no longer used, or raise the server's maxPortals "
                                + "(pgwire.maxPortals).", 0, null);
            }
            closePortalNamed(portalName);
            portals.put(portalName, new Portal(portalName, ps, params, format));
            sink.bindComplete();
        });
    }

    /** Describe of a statement: ParameterDescription, then RowDescription (text formats) or NoData. */
    public void describeStatement(String name) {
        extended(() -> {
            PreparedStatement ps = statement(name);
            List<ResultColumn> columns = resultColumns(ps);
            if (!columns.isEmpty()) {
                checkNotFailed(ps.command());
            }
            sink.parameterDescription(ps.parameterTypes());
            describe(ResultFormat.text(columns));
        });
    }

    /** Describe of a portal: RowDescription with the portal's result formats, or NoData. */
    public void describePortal(String name) {
        extended(() -> {
            Portal portal = portal(name);
            if (!portal.format.isEmpty()) {
                checkNotFailed(portal.statement.command());
            }
            describe(portal.format);
        });
    }

    /** Execute: runs the portal, up to {@code maxRows} rows when positive (then PortalSuspended). */
    public void execute(String portalName, int maxRows) {
        extended(() -> {
            Portal portal = portal(portalName);
            checkNotFailed(portal.statement.command());
            transaction.beginImplicit();
            runner.run(portal, maxRows, false);
        });
    }

    /** Close of a statement; closing a missing one is not an error. */
    public void closeStatement(String name) {
        extended(() -> {
            statements.remove(name);
            sink.closeComplete();
        });
    }

    /** Close of a portal; closing a missing one is not an error. */
    public void closePortal(String name) {
        extended(() -> {
            closePortalNamed(name);
            sink.closeComplete();
        });
    }

    /** Sync: ends the implicit transaction and error mode, then ReadyForQuery and a flush. */
    public void sync() {
        ignoreTillSync = false;
        transaction.endImplicit();
        readyForQuery();
    }

    /** Flush: sends what is buffered, without ReadyForQuery. */
    public void flush() {
        if (!ignoreTillSync) {
            sink.flush();
        }
    }

    /**
     * A message whose content could not be read (08P01, or 22021 for invalid UTF-8). As in PostgreSQL,
     * Query, Sync and FunctionCall answer the error with ReadyForQuery; an extended-protocol message
     * starts skipping to Sync.
     */
    public void invalidMessage(char type, PgException error) {
        if (type == 'S') {
            ignoreTillSync = false;
        } else if (ignoreTillSync) {
            return;
        }
        fail(error);
        if (type == 'Q' || type == 'S' || type == 'F') {
            transaction.endImplicit();
            readyForQuery();
        } else {
            ignoreTillSync = true;
        }
    }

    /** A FunctionCall message: not supported; answered like a simple query that failed. */
    public void functionCall() {
        fail(new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the function call protocol is not supported"));
        readyForQuery();
    }

    /** Releases every cursor; the connection is gone. */
    public void close() {
        cancel.terminate();
        closeAllPortals();
        cursors.closeAll();
        statements.clear();
    }

    /**
     * The idle timeout that applies now, after ReadyForQuery: {@code idle_in_transaction_session_timeout}
     * inside a transaction block, else {@code idle_session_timeout}; null when it is 0 (off).
     */
    public IdleTimeout idleTimeout() {
        boolean inTransaction = transaction.status() != 'I';
        String name = inTransaction ? "idle_in_transaction_session_timeout" : "idle_session_timeout";
        long ms;
        try {
            ms = SettingValues.parseMillis(name, settings.get(name));
        } catch (PgException e) {
            return null;
        }
        if (ms <= 0) {
            return null;
        }
        return inTransaction
                ? new IdleTimeout(ms, new PgException(SqlState.IDLE_IN_TRANSACTION_SESSION_TIMEOUT,
                        "terminating connection due to idle-in-transaction timeout"))
                : new IdleTimeout(ms, new PgException(SqlState.IDLE_SESSION_TIMEOUT,
                        "terminating connection due to idle-session timeout"));
    }

    /** An idle timeout: after {@code millis} without a message the session ends with {@code error} (FATAL). */
    public record IdleTimeout(long millis, PgException error) {}

    // ---- SessionSettings

    @Override
    public String get(String name) {
        return settings.get(name);
    }

    @Override
    public ZoneId timeZone() {
        String tz = settings.get("TimeZone");
        if (!tz.equals(zoneSetting)) {
            zone = SettingValues.zone(tz);
            zoneSetting = tz;
        }
        return zone;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public int backendPid() {
        return backendPid;
    }

    // ---- for UtilityStatements, CopyRunner, cursors

    QueryEngine engine() {
        return services.engine();
    }

    Settings settings() {
        return settings;
    }

    Transaction transaction() {
        return transaction;
    }

    ResponseSink sink() {
        return sink;
    }

    void deallocate(String name) throws PgException {
        if (name == null) {
            statements.clear();
        } else if (statements.remove(name) == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME,
                    "prepared statement \"" + name + "\" does not exist");
        }
    }

    void closeCursor(String name) throws PgException {
        if (name == null) {
            closeAllPortals();
            cursors.closeAll();
        } else if (cursors.close(name)) {
            return;
        } else if (!portals.containsKey(name)) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
        } else {
            closePortalNamed(name);
        }
    }

    /** In a BEGIN block, or in the implicit block of a Query message holding several statements. */
    boolean inTransactionBlock() {
        return transaction.isBlock() || implicitBlock;
    }

    SqlCursors cursors() {
        return cursors;
    }

    /**
     * DECLARE: runs the query and keeps its cursor under the statement's name. Without WITH HOLD it needs a
     * transaction block (an explicit one, or a Query message of several statements), as in PostgreSQL.
     */
    void declareCursor(Command.Declare declare, Object[] parameters) throws PgException {
        if (!declare.hold() && !inTransactionBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "DECLARE CURSOR can only be used in transaction blocks");
        }
        if (cursors.contains(declare.name()) || portals.containsKey(declare.name())) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + declare.name() + "\" already exists");
        }
        PreparedQuery query = declare.prepared();
        if (declare.binary()) {
            ResultFormat.of(query.columns(), new short[] {1}); // refuses types without a binary form
        }
        boolean scroll = declare.scroll() == Command.CursorScroll.SCROLL;
        cursors.add(new SqlCursor(declare.name(), declare.query(), query.columns(), declare.binary(), scroll,
                declare.hold(), query.execute(parameters, this, cancel)));
    }

    /**
     * SQL PREPARE: the statement joins the protocol's named statements (one namespace, as in PostgreSQL). Only what
     * PostgreSQL can prepare is accepted: queries, and writes (which EXECUTE then refuses as read-only).
     */
    void prepareSql(Command.Prepare prepare) throws PgException {
        int[] types = new int[prepare.types().size()];
        for (int i = 0; i < types.length; i++) {
            Command.Written name = prepare.types().get(i);
            PgType type = PgTypes.byName(name.text());
            if (type == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + name.text() + "\" does not exist", null,
                        null, name.offset() + 1, null);
            }
            types[i] = type.oid();
        }
        List<SqlStatement> body = SqlScript.split(prepare.body());
        if (body.size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \";\"");
        }
        SqlStatement statement = body.get(0);
        Command command = StatementClassifier.classify(statement);
        PreparedStatement ps;
        if (command instanceof Command.Query) {
            try {
                PreparedQuery query = services.engine().prepare(statement.text(), types, this);
                ps = new PreparedStatement(prepare.name(), command, query, query.parameterTypes().clone());
            } catch (PgException e) {
                throw e.position() > 0 ? e.withPosition(e.position() + prepare.bodyOffset()) : e;
            }
        } else if (command instanceof Command.Refused r && r.state() == SqlState.READ_ONLY_SQL_TRANSACTION) {
            ps = new PreparedStatement(prepare.name(), command, null, types);
        } else {
            String first = statement.significantTokens().get(0).text();
            throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + first + "\"", null, null,
                    prepare.bodyOffset() + 1, null);
        }
        if (statements.containsKey(prepare.name())) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT,
                    "prepared statement \"" + prepare.name() + "\" already exists");
        }
        statements.put(prepare.name(), ps);
    }

    /** EXECUTE: a portal over the named statement, with its arguments as parameter values. */
    Portal executePortal(Command.Execute execute, ResultFormat format) throws PgException {
        PreparedStatement target = statements.get(execute.name());
        if (target == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME,
                    "prepared statement \"" + execute.name() + "\" does not exist");
        }
        int[] types = target.parameterTypes();
        if (types.length != execute.arguments().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "wrong number of parameters for prepared statement \"" + execute.name() + "\"",
                    "Expected " + types.length + " parameters but got " + execute.arguments().size() + ".", null, 0,
                    null);
        }
        Object[] params = ExecuteArguments.evaluate(execute.arguments(), types, services.engine(), this, cancel);
        return new Portal("", target, params, format);
    }

    // ---- internals

    /**
     * The result columns a statement will have when run now: a FETCH has its cursor's columns, an EXECUTE those of
     * its prepared statement.
     */
    private List<ResultColumn> resultColumns(PreparedStatement ps) {
        if (ps.command() instanceof Command.Fetch fetch && !fetch.move()) {
            SqlCursor cursor = cursors.find(fetch.cursor());
            return cursor == null ? List.of() : cursor.columns();
        }
        if (ps.command() instanceof Command.Execute execute) {
            PreparedStatement target = statements.get(execute.name());
            return target == null ? List.of() : target.columns();
        }
        return ps.columns();
    }

    /** Text results, except FETCH from a BINARY cursor (only in the simple protocol, as in PostgreSQL). */
    private ResultFormat simpleFormat(PreparedStatement ps) throws PgException {
        List<ResultColumn> columns = resultColumns(ps);
        if (ps.command() instanceof Command.Fetch fetch && !fetch.move()) {
            SqlCursor cursor = cursors.find(fetch.cursor());
            if (cursor != null && cursor.binary()) {
                return ResultFormat.of(columns, new short[] {1});
            }
        }
        return ResultFormat.text(columns);
    }

    private PreparedStatement prepare(String name, SqlStatement statement, int[] parameterTypes)
            throws PgException {
        Command command = StatementClassifier.classify(statement);
        if (command instanceof Command.Refused r && r.state() == SqlState.SYNTAX_ERROR) {
            throw new PgException(r.state(), r.message(), null, null, r.position(), null);
        }
        checkNotFailed(command);
        if (command instanceof Command.Query) {
            PreparedQuery query = services.engine().prepare(statement.text(), parameterTypes, this);
            return new PreparedStatement(name, command, query, query.parameterTypes().clone());
        }
        if (command instanceof Command.Declare declare) {
            PreparedQuery query;
            try {
                query = services.engine().prepare(declare.query(), parameterTypes, this);
            } catch (PgException e) {
                throw e.position() > 0 ? e.withPosition(e.position() + declare.queryOffset()) : e;
            }
            return new PreparedStatement(name, declare.withPrepared(query), null, query.parameterTypes().clone());
        }
        return new PreparedStatement(name, command, null, parameterTypes.clone());
    }

    private void describe(ResultFormat format) {
        if (format.isEmpty()) {
            sink.noData();
        } else {
            sink.rowDescription(format);
        }
    }

    private PreparedStatement statement(String name) throws PgException {
        PreparedStatement ps = statements.get(name);
        if (ps == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, name.isEmpty()
                    ? "unnamed prepared statement does not exist"
                    : "prepared statement \"" + name + "\" does not exist");
        }
        return ps;
    }

    private Portal portal(String name) throws PgException {
        Portal p = portals.get(name);
        if (p == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return p;
    }

    private void checkNotFailed(Command command) throws PgException {
        if (transaction.state() == Transaction.State.FAILED && !command.allowedInFailedTransaction()) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    /** Runs one extended-protocol message unless an earlier error skips everything up to Sync. */
    private void extended(Step step) {
        if (ignoreTillSync) {
            return;
        }
        try {
            step.run();
        } catch (PgException e) {
            fail(e);
            ignoreTillSync = true;
        } catch (ClientGoneException | SessionTerminatedException e) {
            throw e;
        } catch (RuntimeException e) {
            fail(internalError(e));
            ignoreTillSync = true;
        }
    }

    private void fail(PgException e) {
        sink.error(e);
        transaction.fail();
    }

    private PgException internalError(RuntimeException e) {
        LOG.log(Level.WARNING, "internal error in session " + backendPid, e);
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return new PgException(SqlState.INTERNAL_ERROR, message, e);
    }

    private void readyForQuery() {
        reportChangedSettings();
        sink.readyForQuery(transaction.status());
        sink.flush();
    }

    /** ParameterStatus for every reported setting whose value changed since it was last sent. */
    private void reportChangedSettings() {
        for (Map.Entry<String, String> e : settings.reported().entrySet()) {
            if (e.getValue() != null && !e.getValue().equals(reported.get(e.getKey()))) {
                reported.put(e.getKey(), e.getValue());
                sink.parameterStatus(e.getKey(), e.getValue());
            }
        }
    }

    /** Entries other than the unnamed one, which is always allowed since it replaces itself. */
    private static int named(Map<String, ?> map) {
        return map.containsKey("") ? map.size() - 1 : map.size();
    }

    /** A simple Query replaces the unnamed statement and portal, like PostgreSQL. */
    private void dropUnnamed() {
        statements.remove("");
        closePortalNamed("");
    }

    /** Drops a portal that failed (already closed) unless another one took its name meanwhile. */
    private void forget(Portal portal) {
        portals.remove(portal.name, portal);
    }

    private void closePortalNamed(String name) {
        Portal p = portals.remove(name);
        if (p != null) {
            p.close();
        }
    }

    private void closeAllPortals() {
        List<Portal> all = new ArrayList<>(portals.values());
        portals.clear();
        for (Portal p : all) {
            p.close();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws PgException;
    }
}
