package dev.pgwire.runtime.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Zone names in date/time input as PostgreSQL reads them: case-insensitively, either a tz database name
 * ({@code europe/paris}) or one of PostgreSQL's default abbreviations ({@code PST}, {@code CEST}, {@code IST} is
 * Israel's). Abbreviations take precedence, as in PostgreSQL.
 */
final class ZoneNames {
    private static final Map<String, ZoneId> ABBREVIATIONS = loadAbbreviations();
    private static final Map<String, ZoneId> REGIONS = regions();

    private ZoneNames() {}

    /** The zone for a name, or null when PostgreSQL would not recognise it either. */
    static ZoneId resolve(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        ZoneId zone = ABBREVIATIONS.get(key);
        return zone != null ? zone : REGIONS.get(key);
    }

    private static Map<String, ZoneId> regions() {
        Map<String, ZoneId> regions = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            regions.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
        return regions;
    }

    private static Map<String, ZoneId> loadAbbreviations() {
        Map<String, ZoneId> map = new HashMap<>();
        try (InputStream in = ZoneNames.class.getResourceAsStream("timezone-abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("timezone-abbreviations.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String value = parts[1];
                ZoneId zone = Character.isDigit(value.charAt(value.length() - 1))
                        ? ZoneOffset.ofTotalSeconds(Integer.parseInt(value))
                        : ZoneId.of(value);
                map.put(parts[0], zone);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
