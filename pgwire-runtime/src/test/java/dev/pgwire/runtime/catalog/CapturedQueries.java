package dev.pgwire.runtime.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client catalog queries captured from real clients (resources {@code psql-queries.sql} and
 * {@code pgjdbc-queries.sql}), by name: {@code "psql \dt #1"}, {@code "pgjdbc getColumns"}.
 */
final class CapturedQueries {
    private static final String MARKER = "-- query: ";

    /** A captured query and the parameter values the client sent with it. */
    record Query(String sql, List<String> parameters) {}

    private final Map<String, Query> queries = new LinkedHashMap<>();

    CapturedQueries(String... resources) {
        for (String resource : resources) {
            load(read(resource));
        }
    }

    Query get(String name) {
        Query q = queries.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no captured query " + name + "; have " + queries.keySet());
        }
        return q;
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
            if (header[0].equals("psql")) {
                queries.put("psql " + header[1] + (header.length > 3 ? " " + header[2] : "") + " "
                        + header[header.length - 1], new Query(sql, List.of()));
            } else {
                List<String> params = header.length > 2 ? List.of(header[2].split("\\|")) : List.of();
                queries.put("pgjdbc " + header[1], new Query(sql, params));
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = CapturedQueries.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
