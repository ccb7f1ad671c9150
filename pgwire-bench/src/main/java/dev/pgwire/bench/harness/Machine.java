package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the benchmark ran on, from {@code /proc}. */
record Machine(int cores, String cpuModel, long memoryBytes, String kernel) {

    static Machine describe() {
        String model = "unknown";
        long memory = 0;
        String kernel = "unknown";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(0);
            kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
        } catch (IOException | RuntimeException e) {
            // not Linux: the report says unknown
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), model, memory, kernel);
    }

    /** The one-minute load average, or -1 when unknown. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
