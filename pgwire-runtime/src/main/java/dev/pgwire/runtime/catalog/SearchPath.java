package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The session's {@code search_path}, resolved against the catalog as PostgreSQL resolves it. */
final class SearchPath {
    static final String DEFAULT = "\"$user\", public";

    private SearchPath() {}

    /**
     * The existing schemas of the path, in order; with {@code implicit}, {@code pg_catalog} first
     * when the path does not list it (it is always searched, first unless placed elsewhere).
     */
    static List<NamespaceDef> schemas(CatalogModel model, SessionSettings session, boolean implicit) {
        List<NamespaceDef> out = new ArrayList<>();
        List<String> names = configured(session);
        if (implicit && !names.contains("pg_catalog")) {
            out.add(model.namespace(Oids.PG_CATALOG));
        }
        for (String name : names) {
            NamespaceDef n = model.namespace(name);
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Schema names as configured, {@code $user} replaced by the session user. */
    static List<String> configured(SessionSettings session) {
        String value = session.get("search_path");
        if (value == null) {
            value = DEFAULT;
        }
        List<String> names = new ArrayList<>();
        for (String item : splitList(value)) {
            names.add("$user".equals(item) ? session.user() : item);
        }
        return names;
    }

    /** Splits a GUC list: comma separated, double quotes keep case and commas. */
    static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    item.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    item.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                add(items, item, wasQuoted);
                item.setLength(0);
                wasQuoted = false;
            } else if (!Character.isWhitespace(c)) {
                item.append(c);
            }
        }
        add(items, item, wasQuoted);
        return items;
    }

    private static void add(List<String> items, StringBuilder item, boolean quoted) {
        if (item.length() > 0) {
            items.add(quoted ? item.toString() : item.toString().toLowerCase(Locale.ROOT));
        }
    }
}
