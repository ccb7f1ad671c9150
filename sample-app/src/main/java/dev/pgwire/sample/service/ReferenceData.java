package dev.pgwire.sample.service;

import dev.pgwire.annotations.PgTable;
import dev.pgwire.sample.model.Category;
import dev.pgwire.sample.model.Warehouse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data that is fixed at build time. Its tables are static sources, served as soon as the server starts,
 * before the application registers anything.
 */
public final class ReferenceData {
    /** A static, immutable list: the simplest source shape. */
    @PgTable(name = "warehouses")
    public static final List<Warehouse> WAREHOUSES = List.of(
            new Warehouse(1, "AMS1", "Amsterdam", "NL", "Europe/Amsterdam", 52.3676, 4.9041, LocalDate.of(2014, 3, 1)),
            new Warehouse(2, "BER1", "Berlin", "DE", "Europe/Berlin", 52.5200, 13.4050, LocalDate.of(2016, 9, 15)),
            new Warehouse(3, "LYS1", "Lyon", "FR", "Europe/Paris", 45.7640, 4.8357, LocalDate.of(2018, 5, 2)),
            new Warehouse(4, "MAD1", "Madrid", "ES", "Europe/Madrid", 40.4168, -3.7038, LocalDate.of(2020, 1, 20)),
            new Warehouse(5, "WAW1", "Warsaw", "PL", "Europe/Warsaw", 52.2297, 21.0122, LocalDate.of(2022, 11, 7)));

    /** A static map keyed by category code: its values are the rows. */
    @PgTable(name = "categories")
    public static final Map<String, Category> CATEGORIES = categories(
            new Category("BOOK", "Books", new BigDecimal("9.00")),
            new Category("ELEC", "Electronics", new BigDecimal("21.00")),
            new Category("FOOD", "Groceries", new BigDecimal("9.00")),
            new Category("GARD", "Garden", new BigDecimal("21.00")),
            new Category("HLTH", "Health", new BigDecimal("9.00")),
            new Category("HOME", "Home and kitchen", new BigDecimal("21.00")),
            new Category("SPRT", "Sports", new BigDecimal("21.00")),
            new Category("TOYS", "Toys", new BigDecimal("21.00")));

    /** Countries customers live in, with the zone used for their delivery promises. */
    static final Map<String, ZoneId> CUSTOMER_COUNTRIES = countryZones();

    /** Customer countries outside the EU customs union: their shipments go through customs. */
    static final Set<String> NON_EU = Set.of("CH", "GB", "NO");

    private ReferenceData() {}

    /** The warehouse with {@code id}. */
    public static Warehouse warehouse(int id) {
        for (Warehouse w : WAREHOUSES) {
            if (w.id() == id) {
                return w;
            }
        }
        throw new IllegalArgumentException("no warehouse " + id);
    }

    private static Map<String, Category> categories(Category... all) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category c : all) {
            map.put(c.code(), c);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, ZoneId> countryZones() {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        zones.put("NL", ZoneId.of("Europe/Amsterdam"));
        zones.put("DE", ZoneId.of("Europe/Berlin"));
        zones.put("FR", ZoneId.of("Europe/Paris"));
        zones.put("ES", ZoneId.of("Europe/Madrid"));
        zones.put("PL", ZoneId.of("Europe/Warsaw"));
        zones.put("BE", ZoneId.of("Europe/Brussels"));
        zones.put("IT", ZoneId.of("Europe/Rome"));
        zones.put("PT", ZoneId.of("Europe/Lisbon"));
        zones.put("CH", ZoneId.of("Europe/Zurich"));
        zones.put("GB", ZoneId.of("Europe/London"));
        zones.put("NO", ZoneId.of("Europe/Oslo"));
        return Collections.unmodifiableMap(zones);
    }
}
