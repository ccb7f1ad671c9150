package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.List;

/** Produces the rows of one catalog relation at scan time. */
@FunctionalInterface
interface RowSource {
    /**
     * @param relation the relation's definition (for {@link CatalogRow})
     * @param session  the session of the running query, or null when none is bound
     */
    List<Object[]> rows(SystemRelation relation, CatalogModel model, SessionSettings session);

    /** A relation that exists with its columns but has no rows here (policies, triggers, ...). */
    RowSource EMPTY = (relation, model, session) -> List.of();

    /** The session, which session-dependent relations cannot do without. */
    static SessionSettings require(SessionSettings session) {
        return session != null ? session : CurrentSession.require();
    }
}
