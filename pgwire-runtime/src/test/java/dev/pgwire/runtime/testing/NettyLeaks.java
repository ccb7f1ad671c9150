package dev.pgwire.runtime.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Netty's leak reports into test failures. Surefire runs the runtime's tests with
 * {@code -Dio.netty.leakDetection.level=paranoid}, so every buffer is tracked; Netty reports a leak only when
 * the garbage collector finds an unreleased buffer and a later allocation polls for it, which
 * {@link #assertNone()} forces.
 */
public final class NettyLeaks {
    private static final List<String> LEAKS = new ArrayList<>();

    static {
        ByteBufUtil.setLeakListener((type, records) -> {
            synchronized (LEAKS) {
                LEAKS.add(type + ": " + records);
            }
        });
    }

    private NettyLeaks() {}

    /** Starts listening (idempotent); call before the code under test allocates. */
    public static void install() {
        if (ResourceLeakDetector.getLevel() != ResourceLeakDetector.Level.PARANOID) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        }
    }

    /** Collects garbage, lets the detector poll, and fails when any buffer was dropped unreleased. */
    public static void assertNone() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            System.runFinalization();
            // Each tracked allocation drains the detector's reference queue and reports what it finds there.
            for (int j = 0; j < 16; j++) {
                ByteBuf b = ByteBufAllocator.DEFAULT.buffer(16);
                b.release();
                ByteBuf d = ByteBufAllocator.DEFAULT.directBuffer(16);
                d.release();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (LEAKS) {
            if (!LEAKS.isEmpty()) {
                List<String> copy = List.copyOf(LEAKS);
                LEAKS.clear();
                throw new AssertionError(copy.size() + " ByteBuf leak(s) reported by Netty:\n" + copy.get(0));
            }
        }
    }
}
