package dev.pgwire.runtime.catalog;

/**
 * A {@code pg_type} row. Support functions ({@code typinput}, ...) are {@code pg_proc} OIDs, 0 for none.
 */
public record TypeDef(
        int oid,
        String name,
        int namespaceOid,
        short typlen,
        boolean byValue,
        char typtype,
        char category,
        boolean preferred,
        char delimiter,
        int relationOid,
        int subscript,
        int elementOid,
        int arrayOid,
        int input,
        int output,
        int receive,
        int send,
        int modIn,
        int modOut,
        int analyze,
        char align,
        char storage,
        int collation) {

    public boolean isArray() {
        return category == 'A' && elementOid != 0;
    }
}
