package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs every {@code sql} block of QUERIES.md against the sample, so the documented queries keep working. */
@ExtendWith(QuietSample.class)
class SampleQueriesTest {
    private static final Pattern SQL_BLOCK = Pattern.compile("^## (.+?)$.*?^```sql\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    private static final Pattern README_BLOCK =
            Pattern.compile("^### Five queries to try on the sample$.*?^```sql\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern README_QUERY = Pattern.compile("-- (\\d+\\. [^\\n]+)\\n(.*)", Pattern.DOTALL);

    private final SampleApp.Embedded sample;

    SampleQueriesTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @TestFactory
    Stream<DynamicTest> documentedQueriesReturnRows() throws IOException {
        String markdown = Files.readString(Path.of("QUERIES.md"));
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = SQL_BLOCK.matcher(markdown);
        while (m.find()) {
            String title = m.group(1);
            String sql = m.group(2).strip().replaceAll(";$", "");
            tests.add(DynamicTest.dynamicTest(title, () -> assertReturnsRows(title, sql)));
        }
        assertTrue(tests.size() >= 5, "QUERIES.md has at least five queries, found " + tests.size());
        return tests.stream();
    }

    /** The README's "Five queries to try" block: one statement per {@code -- N. title} comment. */
    @TestFactory
    Stream<DynamicTest> readmeQueriesReturnRows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = README_BLOCK.matcher(readme);
        assertTrue(block.find(), "README.md has a \"Five queries to try on the sample\" sql block");
        List<DynamicTest> tests = new ArrayList<>();
        for (String statement : block.group(1).split(";\\s*\\n")) {
            Matcher titled = README_QUERY.matcher(statement.strip());
            if (titled.matches()) {
                String title = titled.group(1);
                String sql = titled.group(2).strip().replaceAll(";$", "");
                tests.add(DynamicTest.dynamicTest(title, () -> assertReturnsRows(title, sql)));
            }
        }
        assertEquals(5, tests.size(), "README.md shows five queries");
        return tests.stream();
    }

    private void assertReturnsRows(String title, String sql) throws SQLException {
        for (QuietSample.Mode mode : QuietSample.Mode.values()) {
            try (Connection c = QuietSample.connect(sample, mode);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                int rows = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
                assertTrue(rows > 0, title + " (" + mode + ") returned no rows");
            }
        }
    }
}
