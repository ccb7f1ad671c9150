package dev.pgwire.runtime.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated catalog data files shipped next to this package. */
final class Tsv {
    private Tsv() {}

    /** Every non-comment line of {@code resource}, split on tabs (empty fields kept). */
    static List<String[]> read(String resource) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + resource + " is missing from the runtime jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + resource, e);
        }
    }

    static int intAt(String[] row, int i) {
        return Integer.parseInt(row[i]);
    }

    static boolean boolAt(String[] row, int i) {
        return "t".equals(row[i]);
    }

    static char charAt(String[] row, int i) {
        return row[i].isEmpty() ? ' ' : row[i].charAt(0);
    }
}
