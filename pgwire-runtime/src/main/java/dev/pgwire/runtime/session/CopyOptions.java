package dev.pgwire.runtime.session;

import java.util.List;

/**
 * The output format of a {@code COPY ... TO STDOUT}, validated as PostgreSQL's {@code ProcessCopyOptions} does.
 *
 * @param format            text, CSV or binary
 * @param delimiter         field separator (one ASCII byte)
 * @param nullString        what a null prints as ({@code \N} in text, empty in CSV)
 * @param quote             CSV quote byte
 * @param escape            CSV escape byte (defaults to the quote)
 * @param header            whether a header line with the column names comes first (text and CSV)
 * @param forceQuoteAll     {@code FORCE_QUOTE *}
 * @param forceQuoteColumns {@code FORCE_QUOTE (a, b)}: names resolved against the copied columns at run time
 */
public record CopyOptions(Format format, byte delimiter, String nullString, byte quote, byte escape, boolean header,
        boolean forceQuoteAll, List<String> forceQuoteColumns) {
    /** COPY's three formats; the ordinal is not the wire code, {@link #wireCode()} is. */
    public enum Format {
        TEXT, CSV, BINARY;

        /** The overall format byte of CopyOutResponse: 0 textual, 1 binary. */
        public int wireCode() {
            return this == BINARY ? 1 : 0;
        }
    }

    public CopyOptions {
        forceQuoteColumns = List.copyOf(forceQuoteColumns);
    }
}
