package shop;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** One component of every supported column type. */
@PgTable(name = "all_types", description = "every column type")
public record AllTypes(
        boolean pBool,
        Boolean bool,
        byte pByte,
        Byte aByte,
        short pShort,
        Short aShort,
        int pInt,
        @PgColumn(primaryKey = true) Integer anInt,
        long pLong,
        Long aLong,
        float pFloat,
        Float aFloat,
        double pDouble,
        Double aDouble,
        @PgColumn(precision = 12, scale = 2) BigDecimal decimal,
        BigInteger bigInteger,
        String text,
        @PgColumn(name = "code", length = 8, nullable = PgColumn.Nullability.NOT_NULL, description = "short code")
                String varchar,
        char pChar,
        Character aChar,
        Color color,
        byte[] bytes,
        UUID uuid,
        LocalDate date,
        LocalTime time,
        LocalDateTime timestamp,
        Instant instant,
        OffsetDateTime offsetDateTime,
        ZonedDateTime zonedDateTime) {

    public enum Color { RED, GREEN }
}
