package dev.pgwire.bench.harness;

import java.util.Arrays;

/** Small statistics and error-message helpers for the workloads. */
final class Figures {
    private Figures() {}

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** The first line of an exception's message (of its deepest cause with one), at most 160 characters. */
    static String brief(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (e != t && e.getMessage() != null && !e.getMessage().equals(message)) {
            message = e.getMessage().lines().findFirst().orElse("") + ": " + message;
        }
        String first = message.lines().findFirst().orElse("").trim();
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }
}
