package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;

/** {@code bool}: text {@code t}/{@code f}, binary one byte. */
final class BoolCodec implements PgCodec {
    static final BoolCodec INSTANCE = new BoolCodec();

    private BoolCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        out.writeByte(toBoolean(value) ? 't' : 'f');
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeByte(toBoolean(value) ? 1 : 0);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        Boolean b = parse(Chars.trim(text));
        if (b == null) {
            throw CodecErrors.invalidSyntax("boolean", text);
        }
        return b;
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("boolean", length, 1);
        return in.readByte() != 0;
    }

    /**
     * PostgreSQL's {@code parse_bool}: any unique prefix of true/false/yes/no, {@code on}/{@code off} (at least two
     * letters), {@code 1}/{@code 0}, case-insensitively. Null when the text is none of these.
     */
    static Boolean parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        switch (Character.toLowerCase(s.charAt(0))) {
            case 't':
                return isPrefixOf(s, "true") ? Boolean.TRUE : null;
            case 'f':
                return isPrefixOf(s, "false") ? Boolean.FALSE : null;
            case 'y':
                return isPrefixOf(s, "yes") ? Boolean.TRUE : null;
            case 'n':
                return isPrefixOf(s, "no") ? Boolean.FALSE : null;
            case 'o':
                if (s.length() >= 2 && isPrefixOf(s, "on")) {
                    return Boolean.TRUE;
                }
                return s.length() >= 2 && isPrefixOf(s, "off") ? Boolean.FALSE : null;
            case '1':
                return s.length() == 1 ? Boolean.TRUE : null;
            case '0':
                return s.length() == 1 ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    private static boolean isPrefixOf(String s, String word) {
        return s.length() <= word.length() && word.regionMatches(true, 0, s, 0, s.length());
    }

    private static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        throw CodecErrors.unsupportedValue("boolean", value);
    }
}
