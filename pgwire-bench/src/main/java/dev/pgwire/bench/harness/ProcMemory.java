package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Process memory from Linux's {@code /proc}: RSS of one process, and PSS of a process tree (shared pages are
 * split between the processes that map them, so PostgreSQL's shared buffers count once, not per backend).
 */
final class ProcMemory {
    private ProcMemory() {}

    /** Resident set size of {@code pid} in bytes. */
    static long rss(long pid) throws IOException {
        return kbField(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024;
    }

    /** Proportional set size of {@code pid} in bytes; 0 when it has gone. */
    static long pss(long pid) {
        try {
            return kbField(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:") * 1024;
        } catch (IOException e) {
            return 0; // a process that exited between listing and reading holds nothing
        }
    }

    /** PSS of {@code pid} and all its descendants, in bytes. */
    static long treePss(long pid) {
        long total = pss(pid);
        try (Stream<ProcessHandle> descendants = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)) {
            for (ProcessHandle child : descendants.toList()) {
                total += pss(child.pid());
            }
        }
        return total;
    }

    /** RSS of {@code pid} and all its descendants, in bytes (shared pages counted once per process). */
    static long treeRss(long pid) throws IOException {
        long total = rss(pid);
        List<ProcessHandle> children;
        try (Stream<ProcessHandle> descendants = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)) {
            children = descendants.toList();
        }
        for (ProcessHandle child : children) {
            try {
                total += rss(child.pid());
            } catch (IOException gone) {
                // exited meanwhile
            }
        }
        return total;
    }

    private static long kbField(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field)) {
                String[] parts = line.substring(field.length()).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        throw new IOException(field + " not found in " + file);
    }
}
