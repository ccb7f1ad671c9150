package dev.pgwire.bench.jmh;

import dev.pgwire.runtime.protocol.PgFrontendDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The frontend decoder on what a prepared point lookup sends per execution (pgbench {@code -M prepared},
 * pgjdbc after its prepare threshold): Bind with one binary int4 parameter, Execute, Sync, in one read.
 * Runs in an {@link EmbeddedChannel}, so the figure includes Netty's pipeline hand-off per message.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FrontendDecoderBenchmark {
    private EmbeddedChannel channel;
    private ByteBuf bindExecuteSync;

    @Setup(Level.Trial)
    public void setUp() {
        channel = new EmbeddedChannel(new PgFrontendDecoder());
        channel.writeInbound(startup());
        channel.readInbound();
        bindExecuteSync = Unpooled.directBuffer();
        bind(bindExecuteSync, "P_1", 424_242);
        bindExecuteSync.writeByte('E').writeInt(4 + 1 + 4).writeByte(0).writeInt(0);
        bindExecuteSync.writeByte('S').writeInt(4);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bindExecuteSync.release();
        channel.finishAndReleaseAll();
    }

    /** Decodes the three messages; returns how many came out (3). */
    @Benchmark
    public int decodeBindExecuteSync(Blackhole bh) {
        channel.writeInbound(bindExecuteSync.retainedDuplicate());
        int n = 0;
        Object message;
        while ((message = channel.readInbound()) != null) {
            bh.consume(message);
            n++;
        }
        return n;
    }

    private static ByteBuf startup() {
        byte[] params = "user\0bench\0database\0bench\0\0".getBytes(StandardCharsets.US_ASCII);
        return Unpooled.buffer().writeInt(8 + params.length).writeInt(3 << 16).writeBytes(params);
    }

    /** Bind: unnamed portal, statement {@code statement}, one binary int4 parameter, binary results. */
    private static void bind(ByteBuf out, String statement, int parameter) {
        byte[] name = statement.getBytes(StandardCharsets.US_ASCII);
        int start = out.writerIndex();
        out.writeByte('B').writeInt(0);
        out.writeByte(0); // portal ""
        out.writeBytes(name).writeByte(0);
        out.writeShort(1).writeShort(1); // one parameter format: binary
        out.writeShort(1).writeInt(4).writeInt(parameter);
        out.writeShort(1).writeShort(1); // result formats: all binary
        out.setInt(start + 1, out.writerIndex() - start - 1);
    }
}
