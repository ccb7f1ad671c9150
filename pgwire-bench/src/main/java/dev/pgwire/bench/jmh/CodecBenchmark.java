package dev.pgwire.bench.jmh;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.types.PgCodec;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text and binary codecs of the common types, both directions: writing is what every result value costs,
 * reading is what every Bind parameter costs. A null session means UTC, as in the codecs' contract.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CodecBenchmark {
    @Param({"int4", "int8", "numeric", "text", "timestamp"})
    public String type;

    private PgCodec codec;
    private Object value;
    private String text;
    private ByteBuf binary;
    private ByteBuf out;

    @Setup(Level.Trial)
    public void setUp() {
        PgType pgType = PgTypes.byName(type);
        codec = pgType.codec();
        value = switch (type) {
            case "int4" -> 1_234_567;
            case "int8" -> 9_876_543_210L;
            case "numeric" -> new BigDecimal("-12345.6789");
            case "text" -> "The quick brown fox jumps over the lazy dog";
            case "timestamp" -> 1_700_000_000_123L; // 2023-11-14 22:13:20.123, in milliseconds
            default -> throw new IllegalArgumentException(type);
        };
        out = PooledByteBufAllocator.DEFAULT.heapBuffer(4096);
        codec.writeText(value, out, null);
        text = out.toString(StandardCharsets.UTF_8);
        out.clear();
        binary = PooledByteBufAllocator.DEFAULT.heapBuffer(64);
        codec.writeBinary(value, binary);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        out.release();
        binary.release();
    }

    @Benchmark
    public int writeText() {
        out.clear();
        codec.writeText(value, out, null);
        return out.writerIndex();
    }

    @Benchmark
    public int writeBinary() {
        out.clear();
        codec.writeBinary(value, out);
        return out.writerIndex();
    }

    @Benchmark
    public Object readText() throws PgException {
        return codec.readText(text, null);
    }

    @Benchmark
    public Object readBinary() throws PgException {
        binary.readerIndex(0);
        return codec.readBinary(binary, binary.readableBytes());
    }
}
