package dev.pgwire.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/** Each benchmark body once, outside JMH, for every parameter: they must work, not just compile. */
class BenchmarksRunOnceTest {
    @ParameterizedTest
    @CsvSource({"account,text,119", "account,binary,119", "mixed,text,", "mixed,binary,"})
    void dataRowsAreEncoded(String row, String format, Integer expectedBytes) {
        DataRowBenchmark b = new DataRowBenchmark();
        b.row = row;
        b.format = format;
        b.setUp();
        try {
            int bytes = b.encodeRow();
            if (expectedBytes != null) {
                // 7 (type, length, count) + 4 length words + values: 6+1+5+84 chars as text, 3*4+84 bytes binary
                assertEquals(expectedBytes, bytes);
            }
            assertTrue(bytes > 7 + 5 * 4, () -> "row of " + bytes + " bytes");
            assertEquals(bytes, b.encodeRow(), "same row, same bytes");
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"int4", "int8", "numeric", "text", "timestamp"})
    void codecsRoundTrip(String type) throws Exception {
        CodecBenchmark b = new CodecBenchmark();
        b.type = type;
        b.setUp();
        try {
            assertTrue(b.writeText() > 0);
            assertTrue(b.writeBinary() > 0);
            Object fromText = b.readText();
            Object fromBinary = b.readBinary();
            if (fromText instanceof BigDecimal d) {
                assertEquals(0, d.compareTo((BigDecimal) fromBinary));
            } else {
                assertEquals(fromText, fromBinary);
            }
        } finally {
            b.tearDown();
        }
    }

    @Test
    void bindExecuteSyncDecodesToThreeMessages() {
        FrontendDecoderBenchmark b = new FrontendDecoderBenchmark();
        b.setUp();
        try {
            Blackhole bh = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            assertEquals(3, b.decodeBindExecuteSync(bh));
            assertEquals(3, b.decodeBindExecuteSync(bh), "the decoder stays in step");
        } finally {
            b.tearDown();
        }
    }
}
