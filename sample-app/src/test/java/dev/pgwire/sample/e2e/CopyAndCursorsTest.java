package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.model.OrderLine;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The 100,000+ order lines of the sample through COPY TO STDOUT (CSV and binary, read as a stream by pgjdbc's
 * CopyManager) and through a SQL cursor fetched in batches, as psycopg2's named cursors do.
 */
@ExtendWith(QuietSample.class)
class CopyAndCursorsTest {
    private final SampleApp.Embedded sample;

    CopyAndCursorsTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    private long expectedQuantity() {
        return sample.service().orderLines().stream().mapToLong(OrderLine::quantity).sum();
    }

    @Test
    void csvCopyOfEveryOrderLine() throws Exception {
        try (Connection c = QuietSample.connect(sample);
                PipedInputStream in = new PipedInputStream(64 * 1024);
                PipedOutputStream out = new PipedOutputStream(in)) {
            CompletableFuture<Long> copy = CompletableFuture.supplyAsync(() -> {
                try (out) {
                    return c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                            "COPY order_lines (order_id, line_no, quantity) TO STDOUT WITH (FORMAT csv, HEADER)", out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long lines = 0;
            long quantity = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals("order_id,line_no,quantity", reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                quantity += Long.parseLong(line.substring(line.lastIndexOf(',') + 1));
            }
            assertEquals(sample.service().orderLineCount(), copy.get());
            assertEquals(sample.service().orderLineCount(), lines);
            assertEquals(expectedQuantity(), quantity);
        }
    }

    @Test
    void binaryCopyReadRowByRow() throws Exception {
        try (Connection c = QuietSample.connect(sample)) {
            CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT quantity, sku FROM order_lines) TO STDOUT WITH (FORMAT binary)");
            long rows = 0;
            long quantity = 0;
            byte[] first = copy.readFromCopy();
            DataInputStream header = new DataInputStream(new java.io.ByteArrayInputStream(first));
            byte[] signature = new byte[11];
            header.readFully(signature);
            assertEquals("PGCOPY\n\377\r\n\0", new String(signature, StandardCharsets.ISO_8859_1));
            header.readInt();
            header.readInt();
            for (byte[] data = first; data != null; data = copy.readFromCopy()) {
                DataInputStream row = new DataInputStream(new java.io.ByteArrayInputStream(data));
                if (data == first) {
                    row.skipBytes(19);
                }
                short fields = row.readShort();
                if (fields == -1) {
                    continue; // trailer
                }
                assertEquals(2, fields);
                assertEquals(4, row.readInt());
                quantity += row.readInt();
                rows++;
            }
            assertEquals(sample.service().orderLineCount(), rows);
            assertEquals(expectedQuantity(), quantity);
            assertEquals(rows, copy.getHandledRowCount());
        }
    }

    @Test
    void cursorFetchedInBatches() throws Exception {
        try (Connection c = QuietSample.connect(sample); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("DECLARE lines NO SCROLL CURSOR FOR SELECT quantity FROM order_lines");
            long rows = 0;
            long quantity = 0;
            int batches = 0;
            while (true) {
                int inBatch = 0;
                try (ResultSet rs = st.executeQuery("FETCH FORWARD 5000 FROM lines")) {
                    while (rs.next()) {
                        quantity += rs.getInt(1);
                        inBatch++;
                    }
                }
                if (inBatch == 0) {
                    break;
                }
                rows += inBatch;
                batches++;
            }
            st.execute("CLOSE lines");
            c.commit();
            assertEquals(sample.service().orderLineCount(), rows);
            assertEquals(expectedQuantity(), quantity);
            assertTrue(batches >= 20, "batches: " + batches);
        }
    }
}
