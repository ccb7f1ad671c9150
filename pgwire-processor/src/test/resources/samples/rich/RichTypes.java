package rich;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** One component of every type built from scalars: arrays, jsonb, optionals, and the newer scalars. */
@PgTable(name = "rich")
public record RichTypes(
        @PgColumn(primaryKey = true) int id,
        InetAddress address,
        OffsetTime opensAt,
        Duration timeout,
        Period validity,
        List<Integer> ints,
        Set<String> tags,
        int[] primitiveInts,
        char[] letters,
        Byte[] smallNumbers,
        List<LocalDate> dates,
        @PgColumn(length = 5) List<String> codes,
        @PgColumn(precision = 6, scale = 2) BigDecimal[] amounts,
        List<UUID> ids,
        List<byte[]> blobs,
        List<Level> levels,
        List<Duration> waits,
        Map<String, Object> attributes,
        Address home,
        List<Address> previous,
        @PgColumn(type = "jsonb") String raw,
        Optional<String> nickname,
        Optional<LocalDate> birthday,
        OptionalInt rank,
        OptionalLong visits,
        OptionalDouble score,
        Optional<List<Integer>> lucky,
        Optional<Address> office) {

    public enum Level { LOW, HIGH }

    public record Geo(double lat, double lon) {}

    public record Address(String street, Optional<Geo> geo, List<Geo> stops, Map<String, Geo> named,
            @PgColumn(name = "zip_code") String zip, @PgIgnore String secret) {}

    public static final List<RichTypes> ROWS = new CopyOnWriteArrayList<>();

    /** A row with every value set. */
    public static RichTypes full() throws UnknownHostException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("size", 42);
        attributes.put("a", List.of(1, 2));
        attributes.put("ok", true);
        Geo geo = new Geo(52.5, 13.25);
        Address home = new Address("Main \"St\"", Optional.of(geo), List.of(geo), Map.of("x", geo), "12345", "s");
        return new RichTypes(1,
                InetAddress.getByName("2001:db8::1"),
                OffsetTime.of(9, 30, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30)),
                Duration.ofHours(36).plusNanos(1_000),
                Period.of(1, 2, 3),
                Arrays.asList(1, null, 3),
                new LinkedHashSet<>(List.of("b", "a")),
                new int[] {7, 8},
                new char[] {'x', 'y'},
                new Byte[] {1, null},
                List.of(LocalDate.of(1970, 1, 2)),
                List.of("ab"),
                new BigDecimal[] {new BigDecimal("1.50")},
                List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
                List.of(new byte[] {1, 2}),
                List.of(Level.HIGH),
                List.of(Duration.ofMinutes(90)),
                attributes,
                home,
                List.of(home),
                "{\"b\": [1, 2.50], \"a\": null}",
                Optional.of("Bob"),
                Optional.of(LocalDate.of(1970, 1, 1)),
                OptionalInt.of(3),
                OptionalLong.of(4L),
                OptionalDouble.of(0.5),
                Optional.of(List.of(7)),
                Optional.of(home));
    }

    /** A row with every nullable value absent. */
    public static RichTypes empty() {
        return new RichTypes(2, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), null);
    }
}
