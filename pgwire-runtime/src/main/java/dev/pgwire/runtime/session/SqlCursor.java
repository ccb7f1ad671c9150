package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.FetchDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One SQL cursor (DECLARE): PostgreSQL's portal positioning ({@code DoPortalRunFetch}, {@code PortalRunSelect},
 * {@code DoPortalRewind} of pquery.c) over the engine's forward-only {@link ResultCursor}.
 *
 * <p>A cursor that may not scroll streams: each FETCH pulls just the rows it returns, nothing is kept. A SCROLL
 * cursor keeps a copy of every row it has read so far (the engine cannot run backward), so moving back, to FIRST or
 * to an ABSOLUTE position replays that buffer; it grows to the largest position reached. A cursor declared with
 * neither option does not scroll (PostgreSQL lets some plans scroll anyway; this server cannot know which).
 */
final class SqlCursor {
    private final String name;
    private final String statement;
    private final List<ResultColumn> columns;
    private final boolean binary;
    private final boolean scrollable;
    private final boolean hold;
    private final long createdMillis;
    private ResultCursor source;
    private final List<Object[]> buffer;
    /** Executor position for scrolling: 0 before the first row, k on row k, buffer size + 1 past the last. */
    private int scan;
    private boolean exhausted;
    /** The portal's own bookkeeping, exactly as PostgreSQL keeps it (it decides tags and NO SCROLL errors). */
    private boolean atStart = true;
    private boolean atEnd;
    private long portalPos;
    private boolean committed;

    SqlCursor(String name, String statement, List<ResultColumn> columns, boolean binary, boolean scrollable,
            boolean hold, ResultCursor source) {
        this.name = name;
        this.statement = statement;
        this.columns = List.copyOf(columns);
        this.binary = binary;
        this.scrollable = scrollable;
        this.hold = hold;
        this.source = source;
        this.buffer = scrollable ? new ArrayList<>() : null;
        this.createdMillis = System.currentTimeMillis();
    }

    String name() {
        return name;
    }

    String statement() {
        return statement;
    }

    List<ResultColumn> columns() {
        return columns;
    }

    boolean binary() {
        return binary;
    }

    boolean scrollable() {
        return scrollable;
    }

    boolean holdable() {
        return hold;
    }

    long createdMillis() {
        return createdMillis;
    }

    /** Whether the transaction that declared it has committed (only WITH HOLD cursors outlive it). */
    boolean committed() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }

    /**
     * FETCH ({@code dest} receives the rows) or MOVE ({@code dest} null).
     *
     * @return the row count of the command tag
     */
    long fetch(FetchDirection direction, long count, Consumer<Object[]> dest, Interruption interruption)
            throws PgException {
        boolean forward;
        switch (direction) {
            case FORWARD, BACKWARD -> {
                forward = direction == FetchDirection.FORWARD;
                if (count < 0) {
                    forward = !forward;
                    count = -count;
                }
            }
            case ABSOLUTE -> {
                if (count > 0) {
                    if (portalPos == Long.MAX_VALUE || count - 1 < portalPos / 2) {
                        rewind();
                        if (count > 1) {
                            select(true, count - 1, null, interruption);
                        }
                    } else {
                        long pos = portalPos;
                        if (atEnd) {
                            pos++; // one extra fetch when past the end
                        }
                        if (count <= pos) {
                            select(false, pos - count + 1, null, interruption);
                        } else if (count > pos + 1) {
                            select(true, count - pos - 1, null, interruption);
                        }
                    }
                    return select(true, 1, dest, interruption);
                } else if (count < 0) {
                    select(true, Command.Fetch.ALL, null, interruption);
                    if (count < -1) {
                        select(false, -count - 1, null, interruption);
                    }
                    return select(false, 1, dest, interruption);
                }
                rewind();
                return select(true, 0, dest, interruption);
            }
            case RELATIVE -> {
                if (count > 0) {
                    if (count > 1) {
                        select(true, count - 1, null, interruption);
                    }
                    return select(true, 1, dest, interruption);
                } else if (count < 0) {
                    if (count < -1) {
                        select(false, -count - 1, null, interruption);
                    }
                    return select(false, 1, dest, interruption);
                }
                forward = true;
            }
            default -> throw new IllegalStateException("direction " + direction);
        }
        if (count == 0) {
            // FETCH 0 re-fetches the current row; MOVE 0 tells whether there is one
            boolean onRow = !atStart && !atEnd;
            if (dest == null) {
                return onRow ? 1 : 0;
            }
            if (onRow) {
                select(false, 1, null, interruption);
                count = 1;
                forward = true;
            }
        }
        if (!forward && count == Command.Fetch.ALL && dest == null) {
            // MOVE BACKWARD ALL is a rewind
            long result = portalPos;
            if (result > 0 && !atEnd) {
                result--;
            }
            rewind();
            return result;
        }
        return select(forward, count, dest, interruption);
    }

    /** PortalRunSelect: moves up to {@code count} rows (ALL: to the end), sending them to {@code dest} if given. */
    private long select(boolean forward, long count, Consumer<Object[]> dest, Interruption interruption)
            throws PgException {
        long processed = 0;
        if (forward) {
            if (atEnd || count <= 0) {
                return 0;
            }
            while (processed < count) {
                interruption.check();
                Object[] row = stepForward();
                if (row == null) {
                    break;
                }
                if (dest != null) {
                    dest.accept(row);
                }
                processed++;
            }
            if (processed > 0) {
                atStart = false;
            }
            if (count == Command.Fetch.ALL || processed < count) {
                atEnd = true;
            }
            portalPos += processed;
        } else {
            requireScroll();
            if (atStart || count <= 0) {
                return 0;
            }
            while (processed < count) {
                interruption.check();
                Object[] row = stepBackward();
                if (row == null) {
                    break;
                }
                if (dest != null) {
                    dest.accept(row);
                }
                processed++;
            }
            if (processed > 0 && atEnd) {
                atEnd = false;
                portalPos++;
            }
            if (count == Command.Fetch.ALL || processed < count) {
                atStart = true;
                portalPos = 0;
            } else {
                portalPos -= processed;
            }
        }
        return processed;
    }

    /** DoPortalRewind. */
    private void rewind() throws PgException {
        if (atStart && !atEnd) {
            return;
        }
        requireScroll();
        scan = 0;
        atStart = true;
        atEnd = false;
        portalPos = 0;
    }

    private void requireScroll() throws PgException {
        if (!scrollable) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cursor can only scan forward", null,
                    "Declare it with SCROLL option to enable backward scan.", 0, null);
        }
    }

    private Object[] stepForward() throws PgException {
        if (!scrollable) {
            return pull();
        }
        if (scan < buffer.size()) {
            return buffer.get(scan++);
        }
        Object[] row = pull();
        if (row == null) {
            scan = buffer.size() + 1;
            return null;
        }
        Object[] copy = row.clone(); // the engine may reuse its array
        buffer.add(copy);
        scan = buffer.size();
        return copy;
    }

    private Object[] stepBackward() {
        if (scan - 1 >= 1) {
            scan--;
            return buffer.get(scan - 1);
        }
        scan = 0;
        return null;
    }

    private Object[] pull() throws PgException {
        if (exhausted) {
            return null;
        }
        Object[] row = source.next();
        if (row == null) {
            exhausted = true;
            source.close();
        }
        return row;
    }

    void close() {
        exhausted = true;
        source.close();
    }
}
