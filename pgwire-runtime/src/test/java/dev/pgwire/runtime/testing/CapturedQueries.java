package dev.pgwire.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client catalog queries captured from real clients against PostgreSQL 15 (resources
 * {@code clients/psql-queries.sql} and {@code clients/pgjdbc-queries.sql}), by name:
 * {@code "psql \dt #1"}, {@code "pgjdbc getColumns"}. Each query follows a
 * {@code -- query: <client> <name> [params separated by |]} line.
 */
public final class CapturedQueries {
    /** The psql 15 queries behind {@code \dt}, {@code \d}, {@code \d t}, {@code \l}, {@code \dn}, {@code \d+ t}, {@code \dt+}. */
    public static final String PSQL = "psql-queries.sql";
    /** The pgjdbc 42.7 queries behind {@code DatabaseMetaData} and {@code ResultSetMetaData}. */
    public static final String PGJDBC = "pgjdbc-queries.sql";

    private static final String DIRECTORY = "/dev/pgwire/runtime/clients/";
    private static final String MARKER = "-- query: ";

    /** A captured query, its name and the parameter values the client sent with it. */
    public record Query(String name, String sql, List<String> parameters) {}

    private final Map<String, Query> queries = new LinkedHashMap<>();

    /** Loads the named resources ({@link #PSQL}, {@link #PGJDBC}). */
    public CapturedQueries(String... resources) {
        for (String resource : resources) {
            load(read(DIRECTORY + resource));
        }
    }

    public Query get(String name) {
        Query q = queries.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no captured query " + name + "; have " + queries.keySet());
        }
        return q;
    }

    /** All queries, in file order. */
    public List<Query> all() {
        return new ArrayList<>(queries.values());
    }

    private void load(String text) {
        String[] chunks = text.split("(?m)^(?=" + MARKER + ")");
        for (String chunk : chunks) {
            if (!chunk.startsWith(MARKER)) {
                continue;
            }
            int eol = chunk.indexOf('\n');
            String[] header = chunk.substring(MARKER.length(), eol).trim().split(" ");
            String sql = chunk.substring(eol + 1).trim();
            String name;
            List<String> params;
            if (header[0].equals("psql")) {
                name = "psql " + header[1] + (header.length > 3 ? " " + header[2] : "") + " " + header[header.length - 1];
                params = List.of();
            } else {
                name = "pgjdbc " + header[1];
                params = header.length > 2 ? List.of(header[2].split("\\|")) : List.of();
            }
            if (queries.put(name, new Query(name, sql, params)) != null) {
                throw new IllegalStateException("two captured queries named " + name);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = CapturedQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
