package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;

/** Turns Bind parameter bytes into values; implemented with the type codecs by the protocol layer. */
@FunctionalInterface
public interface ParameterDecoder {
    /**
     * @param typeOid  the parameter's type, 0 when unknown (the text is then passed through as a String)
     * @param index    0-based parameter index, for error messages
     * @param value    the bytes, never null (NULL parameters do not reach the decoder)
     * @param binary   format code 1
     */
    Object decode(int typeOid, int index, byte[] value, boolean binary, SessionSettings settings)
            throws PgException;
}
