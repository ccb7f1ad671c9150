package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.session.CopyOptions;
import dev.pgwire.runtime.session.CopyOut;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes the CopyData messages of one {@code COPY ... TO STDOUT} exactly as PostgreSQL 15's {@code copyto.c}:
 * text format with backslash escapes ({@code CopyAttributeOutText}), CSV with its quoting rules
 * ({@code CopyAttributeOutCSV}), binary with the {@code PGCOPY} signature sent with the first row and the trailer
 * in a CopyData of its own. Values are rendered by the types' codecs into one reused scratch buffer, then escaped.
 */
final class CopyEncoder {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final CopyOut copy;
    private final List<ResultColumn> columns;
    private final CopyOptions.Format format;
    private final byte delimiter;
    private final byte quote;
    private final byte escape;
    private final byte[] nullBytes;
    private final boolean singleColumn;
    private final ByteBuf scratch;
    private boolean signaturePending;

    CopyEncoder(CopyOut copy, ByteBufAllocator alloc) {
        this.copy = copy;
        this.columns = copy.columns();
        CopyOptions options = copy.options();
        this.format = options.format();
        this.delimiter = options.delimiter();
        this.quote = options.quote();
        this.escape = options.escape();
        this.nullBytes = options.nullString().getBytes(StandardCharsets.UTF_8);
        this.singleColumn = columns.size() == 1;
        this.scratch = format == CopyOptions.Format.BINARY ? null : alloc.buffer(256);
        this.signaturePending = format == CopyOptions.Format.BINARY;
    }

    CopyOut copy() {
        return copy;
    }

    /** The header line of text and CSV copies with HEADER, as its own CopyData; nothing otherwise. */
    void header(ByteBuf out) {
        if (!copy.options().header() || format == CopyOptions.Format.BINARY) {
            return;
        }
        int start = BackendMessages.beginCopyData(out);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.writeByte(delimiter);
            }
            scratch.clear();
            scratch.writeCharSequence(columns.get(i).name(), StandardCharsets.UTF_8);
            if (format == CopyOptions.Format.CSV) {
                csv(out, false);
            } else {
                text(out);
            }
        }
        out.writeByte('\n');
        BackendMessages.endCopyData(out, start);
    }

    /** One row as one CopyData. If a codec fails, the partial message is removed before the exception propagates. */
    void row(ByteBuf out, Object[] row, SessionSettings settings) {
        int start = BackendMessages.beginCopyData(out);
        try {
            if (format == CopyOptions.Format.BINARY) {
                binaryRow(out, row);
            } else {
                textRow(out, row, settings);
            }
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
        BackendMessages.endCopyData(out, start);
    }

    /** The binary trailer (with the signature when no row came), as its own CopyData. */
    void end(ByteBuf out) {
        if (format == CopyOptions.Format.BINARY) {
            int start = BackendMessages.beginCopyData(out);
            writeSignatureIfPending(out);
            out.writeShort(-1);
            BackendMessages.endCopyData(out, start);
        }
    }

    void release() {
        if (scratch != null) {
            scratch.release();
        }
    }

    private void textRow(ByteBuf out, Object[] row, SessionSettings settings) {
        boolean csv = format == CopyOptions.Format.CSV;
        boolean[] forceQuote = copy.forceQuote();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.writeByte(delimiter);
            }
            Object value = row[i];
            if (value == null) {
                out.writeBytes(nullBytes);
                continue;
            }
            scratch.clear();
            columns.get(i).type().codec().writeText(value, scratch, settings);
            if (csv) {
                csv(out, forceQuote[i]);
            } else {
                text(out);
            }
        }
        out.writeByte('\n');
    }

    private void binaryRow(ByteBuf out, Object[] row) {
        writeSignatureIfPending(out);
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            if (value == null) {
                out.writeInt(-1);
                continue;
            }
            int lengthAt = out.writerIndex();
            out.writeInt(0);
            columns.get(i).type().codec().writeBinary(value, out);
            out.setInt(lengthAt, out.writerIndex() - lengthAt - 4);
        }
    }

    private void writeSignatureIfPending(ByteBuf out) {
        if (signaturePending) {
            out.writeBytes(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            signaturePending = false;
        }
    }

    /**
     * CopyAttributeOutText: backslash, the delimiter and the control characters {@code \b \f \n \r \t \v} are
     * escaped; other bytes, including other control characters and UTF-8 sequences, pass through.
     */
    private void text(ByteBuf out) {
        int end = scratch.writerIndex();
        for (int p = scratch.readerIndex(); p < end; p++) {
            byte c = scratch.getByte(p);
            if (c >= 0 && c < 0x20) {
                byte letter = switch (c) {
                    case '\b' -> 'b';
                    case '\f' -> 'f';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    case 0x0b -> 'v';
                    default -> c == delimiter ? c : 0;
                };
                if (letter == 0) {
                    out.writeByte(c);
                } else {
                    out.writeByte('\\').writeByte(letter);
                }
            } else {
                if (c == '\\' || c == delimiter) {
                    out.writeByte('\\');
                }
                out.writeByte(c);
            }
        }
    }

    /**
     * CopyAttributeOutCSV: quoted when forced, when equal to the null string, when it is {@code \.} alone on a
     * line, or when it holds the delimiter, the quote, CR or LF; inside quotes the quote and escape bytes are
     * preceded by the escape byte.
     */
    private void csv(ByteBuf out, boolean forceQuote) {
        int begin = scratch.readerIndex();
        int end = scratch.writerIndex();
        boolean useQuote = forceQuote || equalsNullString(begin, end);
        if (!useQuote) {
            if (singleColumn && end - begin == 2 && scratch.getByte(begin) == '\\' && scratch.getByte(begin + 1) == '.') {
                useQuote = true;
            } else {
                for (int p = begin; p < end; p++) {
                    byte c = scratch.getByte(p);
                    if (c == delimiter || c == quote || c == '\n' || c == '\r') {
                        useQuote = true;
                        break;
                    }
                }
            }
        }
        if (!useQuote) {
            out.writeBytes(scratch, begin, end - begin);
            return;
        }
        out.writeByte(quote);
        for (int p = begin; p < end; p++) {
            byte c = scratch.getByte(p);
            if (c == quote || c == escape) {
                out.writeByte(escape);
            }
            out.writeByte(c);
        }
        out.writeByte(quote);
    }

    private boolean equalsNullString(int begin, int end) {
        if (end - begin != nullBytes.length) {
            return false;
        }
        for (int i = 0; i < nullBytes.length; i++) {
            if (scratch.getByte(begin + i) != nullBytes[i]) {
                return false;
            }
        }
        return true;
    }
}
