package dev.pgwire.bench.jmh;

import dev.pgwire.bench.app.Account;
import dev.pgwire.bench.app.Account_PgRowType;
import dev.pgwire.runtime.protocol.BackendMessages;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.session.ResultFormat;
import dev.pgwire.runtime.types.PgTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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
 * DataRow encoding of typical rows, as the connection handler does it for every result row: the generated
 * extractor fills the row array, then {@link BackendMessages#dataRow} encodes each value with its codec into a
 * pooled buffer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DataRowBenchmark {
    /**
     * {@code account}: pgbench_accounts (int4 ×3, 84-character text); {@code mixed}: int8, text, numeric,
     * timestamp, bool.
     */
    @Param({"account", "mixed"})
    public String row;

    @Param({"text", "binary"})
    public String format;

    private ResultFormat resultFormat;
    private Object[] values;
    private Account account;
    private ByteBuf out;

    @Setup(Level.Trial)
    public void setUp() {
        List<ResultColumn> columns;
        if (row.equals("account")) {
            account = new Account(123_456, 2, -4_711, " ".repeat(84));
            columns = List.of(ResultColumn.of("aid", PgTypes.INT4), ResultColumn.of("bid", PgTypes.INT4),
                    ResultColumn.of("abalance", PgTypes.INT4), ResultColumn.of("filler", PgTypes.VARCHAR));
            values = new Object[4];
        } else {
            columns = List.of(ResultColumn.of("id", PgTypes.INT8), ResultColumn.of("name", PgTypes.TEXT),
                    ResultColumn.of("total", PgTypes.NUMERIC), ResultColumn.of("placed_at", PgTypes.TIMESTAMP),
                    ResultColumn.of("paid", PgTypes.BOOL));
            values = new Object[] {9_876_543_210L, "Ada Lovelace", new BigDecimal("1234.56"), 1_700_000_000_123L,
                    Boolean.TRUE};
        }
        boolean binary = format.equals("binary");
        boolean[] formats = new boolean[columns.size()];
        Arrays.fill(formats, binary);
        resultFormat = new ResultFormat(columns, formats);
        out = PooledByteBufAllocator.DEFAULT.directBuffer(64 * 1024);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        out.release();
    }

    /** Extract (for the account row) and encode one row; returns the bytes written. */
    @Benchmark
    public int encodeRow() {
        if (out.writerIndex() > 60 * 1024) {
            out.clear();
        }
        if (account != null) {
            Account_PgRowType.INSTANCE.extract(account, values);
        }
        int before = out.writerIndex();
        BackendMessages.dataRow(out, values, resultFormat, null);
        return out.writerIndex() - before;
    }
}
