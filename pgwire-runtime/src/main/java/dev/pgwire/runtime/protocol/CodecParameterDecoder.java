package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.ParameterDecoder;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes Bind parameters with the codec of each parameter's type ({@link PgType#codec()}). */
public final class CodecParameterDecoder implements ParameterDecoder {
    public static final CodecParameterDecoder INSTANCE = new CodecParameterDecoder();

    private CodecParameterDecoder() {}

    @Override
    public Object decode(int typeOid, int index, byte[] value, boolean binary, SessionSettings settings)
            throws PgException {
        PgType type = typeOid == 0 ? null : PgTypes.byOid(typeOid);
        if (binary) {
            if (type == null) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "unsupported binary format for parameter $" + (index + 1) + " of type " + typeOid);
            }
            ByteBuf in = Unpooled.wrappedBuffer(value);
            Object v = type.codec().readBinary(in, value.length);
            if (in.isReadable()) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "incorrect binary data format in bind parameter " + (index + 1));
            }
            return v;
        }
        String text = utf8(value);
        return type == null ? text : type.codec().readText(text, settings);
    }

    private static String utf8(byte[] value) throws PgException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\"");
        }
    }
}
