package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.types.PgTypes;
import java.util.List;

/**
 * A statement created by Parse (or by a simple Query, unnamed).
 *
 * @param name           statement name, "" for the unnamed statement
 * @param command        what the statement does
 * @param query          the engine's plan when {@code command} is a query, else null
 * @param parameterTypes parameter type OIDs reported by Describe and used to decode Bind values
 */
record PreparedStatement(String name, Command command, PreparedQuery query, int[] parameterTypes) {
    private static final List<ResultColumn> SHOW_ALL_COLUMNS = List.of(
            ResultColumn.of("name", PgTypes.TEXT),
            ResultColumn.of("setting", PgTypes.TEXT),
            ResultColumn.of("description", PgTypes.TEXT));

    /** Result columns: the query's, SHOW's single text column, or none. */
    List<ResultColumn> columns() {
        if (query != null) {
            return query.columns();
        }
        return columnsOf(command);
    }

    static List<ResultColumn> columnsOf(Command command) {
        if (command instanceof Command.Show show) {
            return show.name() == null
                    ? SHOW_ALL_COLUMNS
                    : List.of(ResultColumn.of(Settings.displayName(show.name()), PgTypes.TEXT));
        }
        return List.of();
    }

    String displayName() {
        return name.isEmpty() ? "unnamed prepared statement" : "prepared statement \"" + name + "\"";
    }
}
