package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's SQL cursors by name. They share PostgreSQL's portal namespace with the protocol's named portals (the
 * session checks both), and end with their transaction: at commit every cursor but WITH HOLD ones closes, at
 * rollback also the WITH HOLD cursors declared in that transaction.
 */
final class SqlCursors {
    private final Map<String, SqlCursor> byName = new LinkedHashMap<>();

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The cursor, or null. */
    SqlCursor find(String name) {
        return byName.get(name);
    }

    SqlCursor get(String name) throws PgException {
        SqlCursor c = byName.get(name);
        if (c == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
        }
        return c;
    }

    void add(SqlCursor cursor) {
        byName.put(cursor.name(), cursor);
    }

    /** Closes and forgets one cursor; false when there is none by that name. */
    boolean close(String name) {
        SqlCursor c = byName.remove(name);
        if (c != null) {
            c.close();
        }
        return c != null;
    }

    void closeAll() {
        List<SqlCursor> all = new ArrayList<>(byName.values());
        byName.clear();
        for (SqlCursor c : all) {
            c.close();
        }
    }

    /** Ends the transaction's cursors; WITH HOLD ones survive a commit, and a rollback if declared before it. */
    void transactionEnded(boolean committed) {
        for (Iterator<SqlCursor> it = byName.values().iterator(); it.hasNext(); ) {
            SqlCursor c = it.next();
            boolean keep = c.holdable() && (committed || c.committed());
            if (keep) {
                c.markCommitted();
            } else {
                it.remove();
                c.close();
            }
        }
    }

    /** Open cursors in declaration order (for {@code pg_cursors}). */
    Collection<SqlCursor> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
