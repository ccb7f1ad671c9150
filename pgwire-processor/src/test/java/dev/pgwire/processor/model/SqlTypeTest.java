package dev.pgwire.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.spi.ColumnType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Generated code names {@code ColumnType} constants after {@link SqlType}; the two must not drift apart. */
class SqlTypeTest {
    @Test
    void mirrorsTheRuntimeColumnTypes() {
        assertEquals(
                Arrays.stream(ColumnType.values()).map(Enum::name).toList(),
                Arrays.stream(SqlType.values()).map(Enum::name).toList());
    }
}
