package dev.pgwire.runtime.catalog;

/**
 * A setting {@code pg_settings} lists, with PostgreSQL 15's description of it.
 *
 * @param defaultValue value shown when the session does not report one
 */
public record SettingDef(
        String name,
        String defaultValue,
        String unit,
        String category,
        String shortDescription,
        String context,
        String vartype,
        String minValue,
        String maxValue,
        String enumValues,
        String bootValue) {}
