package dev.pgwire.runtime.engine;

import java.util.Locale;

/** PostgreSQL's boolean input spellings ({@code boolin}). */
final class PgBooleans {
    private PgBooleans() {}

    /** The boolean {@code text} spells, or null when it is not a boolean. */
    static Boolean parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "t", "tr", "tru", "true", "y", "ye", "yes", "on", "1" -> Boolean.TRUE;
            case "f", "fa", "fal", "fals", "false", "n", "no", "of", "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
