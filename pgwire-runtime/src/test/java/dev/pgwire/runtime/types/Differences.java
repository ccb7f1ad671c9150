package dev.pgwire.runtime.types;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

/** Shared by the differential tests: value comparison and one failure listing every difference. */
final class Differences {
    private Differences() {}

    /** Equality that looks into {@code byte[]} values and lists of them. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            return Arrays.deepEquals(la.toArray(), lb.toArray());
        }
        return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }

    static void assertNone(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " differences from PostgreSQL:\n" + String.join("\n", problems));
        }
    }
}
