package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;

/** The errors codecs raise, worded as PostgreSQL words them. */
final class CodecErrors {
    private CodecErrors() {}

    /** 22P02 {@code invalid input syntax for type integer: "abc"}. */
    static PgException invalidSyntax(String sqlTypeName, String input) {
        return new PgException(
                SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + sqlTypeName + ": \"" + input + "\"");
    }

    /** 22003 {@code value "99999999999" is out of range for type integer}. */
    static PgException valueOutOfRange(String sqlTypeName, String input) {
        return new PgException(
                SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                "value \"" + input + "\" is out of range for type " + sqlTypeName);
    }

    /** 22003 {@code "1e400" is out of range for type double precision} (the float wording). */
    static PgException floatOutOfRange(String sqlTypeName, String input) {
        return new PgException(
                SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "\"" + input + "\" is out of range for type " + sqlTypeName);
    }

    /** 22008 {@code date out of range: "..."} and its timestamp siblings. */
    static PgException datetimeOutOfRange(String what, String input) {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, what + " out of range: \"" + input + "\"");
    }

    /** 22008 {@code date/time field value out of range: "..."}. */
    static PgException fieldOutOfRange(String input) {
        return new PgException(
                SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + input + "\"");
    }

    /** 22P03 for binary input that does not have the type's size or layout. */
    static PgException binaryFormat(String detail) {
        return new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format", detail, null, 0,
                null);
    }

    /** 22P03 with PostgreSQL's own message, e.g. {@code invalid sign in external "numeric" value}. */
    static PgException binaryValue(String message) {
        return new PgException(SqlState.INVALID_BINARY_REPRESENTATION, message);
    }

    /** Checks a fixed-size binary value's length. */
    static void expectLength(String typeName, int length, int expected) throws PgException {
        if (length != expected) {
            throw binaryFormat("type " + typeName + " expects " + expected + " bytes, got " + length);
        }
    }

    /** The value handed to a writer is not of a Java type this codec can encode: a bug upstream. */
    static IllegalArgumentException unsupportedValue(String typeName, Object value) {
        return new IllegalArgumentException(
                "cannot encode " + value.getClass().getName() + " as PostgreSQL " + typeName + ": " + value);
    }
}
