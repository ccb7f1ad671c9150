package dev.pgwire.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process sharing Maven's console, and makes sure it does not outlive
 * Maven: a shutdown hook (Ctrl-C, SIGTERM) stops the child and everything it started.
 */
final class ForkedJvm {
    /** How long a child gets to run its own shutdown hooks before it is killed. */
    private static final long GRACE_SECONDS = 10;

    private final List<String> command;
    private final File workingDirectory;
    private volatile boolean stoppedByHook;

    ForkedJvm(List<String> command, File workingDirectory) {
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
    }

    /** The outcome of a run. */
    record Exit(int code, boolean stoppedByHook) {}

    /**
     * Starts the child and waits for it.
     *
     * @throws IOException when the child cannot be started
     * @throws InterruptedException when this thread is interrupted; the child has been stopped
     */
    Exit run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workingDirectory).inheritIO().start();
        Thread hook = new Thread(() -> {
            stoppedByHook = true;
            stop(process);
        }, "pgwire-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int code = process.waitFor();
            return new Exit(code, stoppedByHook);
        } catch (InterruptedException e) {
            stop(process);
            throw e;
        } finally {
            removeHook(hook);
        }
    }

    /** Asks the child and its descendants to stop, then kills whatever is still alive after the grace period. */
    static void stop(Process process) {
        // Listed up front: once the child is gone its children are re-parented and no longer found through it.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting and the hook is running or has run: nothing to undo.
        }
    }
}
