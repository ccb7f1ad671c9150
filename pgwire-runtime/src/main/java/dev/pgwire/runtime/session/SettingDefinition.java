package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;

/**
 * One server setting (GUC) the session knows.
 *
 * @param name         canonical spelling, as SHOW names its column ({@code TimeZone}, {@code search_path})
 * @param defaultValue value before any startup parameter or SET; null when the session supplies it
 * @param reported     sent in ParameterStatus at startup and whenever it changes
 * @param readOnly     SET is refused with 55P02, as for PostgreSQL's internal settings
 * @param normalizer   validates a new value and returns the form SHOW displays
 * @param description  the {@code description} column of SHOW ALL
 */
record SettingDefinition(
        String name,
        String defaultValue,
        boolean reported,
        boolean readOnly,
        Normalizer normalizer,
        String description) {

    /** Validates and canonicalises a value; throws 22023 (or another SQLSTATE) when it is invalid. */
    @FunctionalInterface
    interface Normalizer {
        String normalize(String name, String value) throws PgException;

        Normalizer ANY = (name, value) -> value;
    }
}
