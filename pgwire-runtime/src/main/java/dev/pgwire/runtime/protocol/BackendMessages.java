package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.ResultFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;

/**
 * Writers for backend messages, appending to a caller's buffer: stateless, so one response batch can
 * hold many messages and be flushed once. Lengths are back-patched instead of precomputed.
 */
public final class BackendMessages {
    private BackendMessages() {}

    public static void authenticationOk(ByteBuf out) {
        out.writeByte('R').writeInt(8).writeInt(0);
    }

    public static void authenticationCleartextPassword(ByteBuf out) {
        out.writeByte('R').writeInt(8).writeInt(3);
    }

    /** AuthenticationMD5Password with its 4-byte salt. */
    public static void authenticationMd5Password(ByteBuf out, byte[] salt) {
        out.writeByte('R').writeInt(12).writeInt(5).writeBytes(salt, 0, 4);
    }

    /** AuthenticationSASL: the mechanisms offered, each NUL-terminated, then an empty name. */
    public static void authenticationSasl(ByteBuf out, List<String> mechanisms) {
        int start = begin(out, 'R');
        out.writeInt(10);
        for (String m : mechanisms) {
            cstring(out, m);
        }
        out.writeByte(0);
        end(out, start);
    }

    /** AuthenticationSASLContinue (11) or AuthenticationSASLFinal (12) with mechanism data. */
    public static void authenticationSaslData(ByteBuf out, int code, byte[] data) {
        out.writeByte('R').writeInt(8 + data.length).writeInt(code).writeBytes(data);
    }

    public static void parameterStatus(ByteBuf out, String name, String value) {
        int start = begin(out, 'S');
        cstring(out, name);
        cstring(out, value);
        end(out, start);
    }

    public static void backendKeyData(ByteBuf out, int processId, int secretKey) {
        out.writeByte('K').writeInt(12).writeInt(processId).writeInt(secretKey);
    }

    /** NegotiateProtocolVersion: the newest minor version supported and the startup options not recognised. */
    public static void negotiateProtocolVersion(ByteBuf out, int newestMinor, List<String> unrecognized) {
        int start = begin(out, 'v');
        out.writeInt(newestMinor);
        out.writeInt(unrecognized.size());
        for (String option : unrecognized) {
            cstring(out, option);
        }
        end(out, start);
    }

    public static void readyForQuery(ByteBuf out, char status) {
        out.writeByte('Z').writeInt(5).writeByte(status);
    }

    public static void parseComplete(ByteBuf out) {
        empty(out, '1');
    }

    public static void bindComplete(ByteBuf out) {
        empty(out, '2');
    }

    public static void closeComplete(ByteBuf out) {
        empty(out, '3');
    }

    public static void noData(ByteBuf out) {
        empty(out, 'n');
    }

    public static void portalSuspended(ByteBuf out) {
        empty(out, 's');
    }

    public static void emptyQueryResponse(ByteBuf out) {
        empty(out, 'I');
    }

    public static void commandComplete(ByteBuf out, String tag) {
        int start = begin(out, 'C');
        cstring(out, tag);
        end(out, start);
    }

    public static void parameterDescription(ByteBuf out, int[] typeOids) {
        out.writeByte('t').writeInt(4 + 2 + 4 * typeOids.length).writeShort(typeOids.length);
        for (int oid : typeOids) {
            out.writeInt(oid);
        }
    }

    public static void rowDescription(ByteBuf out, ResultFormat format) {
        List<ResultColumn> columns = format.columns();
        int start = begin(out, 'T');
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            cstring(out, c.name());
            out.writeInt(c.tableOid());
            out.writeShort(c.columnNumber());
            out.writeInt(c.type().oid());
            out.writeShort(c.type().typlen());
            out.writeInt(c.typmod());
            out.writeShort(format.binary()[i] ? 1 : 0);
        }
        end(out, start);
    }

    /**
     * DataRow, each value in its column's format through the type's codec; null is length -1. If a codec
     * fails, the partial row is removed from {@code out} before the exception propagates.
     */
    public static void dataRow(ByteBuf out, Object[] row, ResultFormat format, SessionSettings settings) {
        List<ResultColumn> columns = format.columns();
        boolean[] binary = format.binary();
        int start = begin(out, 'D');
        try {
            out.writeShort(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Object value = row[i];
                if (value == null) {
                    out.writeInt(-1);
                    continue;
                }
                int lengthAt = out.writerIndex();
                out.writeInt(0);
                if (binary[i]) {
                    columns.get(i).type().codec().writeBinary(value, out);
                } else {
                    columns.get(i).type().codec().writeText(value, out, settings);
                }
                out.setInt(lengthAt, out.writerIndex() - lengthAt - 4);
            }
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
        end(out, start);
    }

    /** CopyOutResponse: the overall format (0 text, 1 binary) and the same code for each column, as PostgreSQL sends. */
    public static void copyOutResponse(ByteBuf out, int format, int columns) {
        out.writeByte('H').writeInt(4 + 1 + 2 + 2 * columns).writeByte(format).writeShort(columns);
        for (int i = 0; i < columns; i++) {
            out.writeShort(format);
        }
    }

    /** Starts a CopyData message; the caller appends the data and calls {@link #endCopyData}. */
    public static int beginCopyData(ByteBuf out) {
        return begin(out, 'd');
    }

    /** Back-patches the length of the CopyData begun at {@code start}. */
    public static void endCopyData(ByteBuf out, int start) {
        end(out, start);
    }

    public static void copyDone(ByteBuf out) {
        empty(out, 'c');
    }

    /** ErrorResponse with severity ERROR or FATAL. */
    public static void errorResponse(ByteBuf out, String severity, PgException e) {
        int start = begin(out, 'E');
        field(out, 'S', severity);
        field(out, 'V', severity);
        field(out, 'C', e.state().code());
        field(out, 'M', e.getMessage() == null ? "" : e.getMessage());
        if (e.detail() != null) {
            field(out, 'D', e.detail());
        }
        if (e.hint() != null) {
            field(out, 'H', e.hint());
        }
        if (e.position() > 0) {
            field(out, 'P', Integer.toString(e.position()));
        }
        out.writeByte(0);
        end(out, start);
    }

    /** NoticeResponse, e.g. severity WARNING. */
    public static void noticeResponse(ByteBuf out, String severity, SqlState state, String message) {
        int start = begin(out, 'N');
        field(out, 'S', severity);
        field(out, 'V', severity);
        field(out, 'C', state.code());
        field(out, 'M', message);
        out.writeByte(0);
        end(out, start);
    }

    private static void field(ByteBuf out, char code, String value) {
        out.writeByte(code);
        cstring(out, value);
    }

    private static void empty(ByteBuf out, char type) {
        out.writeByte(type).writeInt(4);
    }

    private static int begin(ByteBuf out, char type) {
        int start = out.writerIndex();
        out.writeByte(type).writeInt(0);
        return start;
    }

    private static void end(ByteBuf out, int start) {
        out.setInt(start + 1, out.writerIndex() - start - 1);
    }

    /** A NUL-terminated string; a NUL inside {@code s} would truncate it on the client, so it is dropped. */
    private static void cstring(ByteBuf out, String s) {
        if (s.indexOf('\0') >= 0) {
            s = s.replace("\0", "");
        }
        ByteBufUtil.writeUtf8(out, s);
        out.writeByte(0);
    }
}
