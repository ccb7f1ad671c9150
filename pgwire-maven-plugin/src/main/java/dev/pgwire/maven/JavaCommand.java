package dev.pgwire.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of a forked JVM: {@code java [jvm args] [-Dk=v ...] -cp <classpath> <main> [args]}.
 * A plain value class so the assembly is testable without Maven. JVM arguments come first: the JVM
 * keeps the last {@code -D} of a name, so a property set through the plugin wins over the same one
 * inside the JVM arguments. Classpath entries are de-duplicated, keeping the first occurrence.
 */
final class JavaCommand {
    private final Path javaExecutable;
    private final String mainClass;
    private final List<String> jvmArguments = new ArrayList<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final Set<String> classpath = new LinkedHashSet<>();
    private final List<String> arguments = new ArrayList<>();
    private final Set<String> secretProperties = new LinkedHashSet<>();

    JavaCommand(Path javaExecutable, String mainClass) {
        this.javaExecutable = Objects.requireNonNull(javaExecutable, "javaExecutable");
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
    }

    /** The {@code java} launcher of the JDK at {@code javaHome}. */
    static Path javaExecutable(Path javaHome) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    JavaCommand jvmArguments(Collection<String> args) {
        jvmArguments.addAll(args);
        return this;
    }

    /** Sets {@code -Dkey=value}; a {@code null} value leaves the property out (and removes an earlier one). */
    JavaCommand systemProperty(String key, String value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("system property name must not be blank");
        }
        if (value == null) {
            systemProperties.remove(key);
        } else {
            systemProperties.put(key, value);
        }
        return this;
    }

    /** Like {@link #systemProperty} but masked in {@link #toDisplayString()}. */
    JavaCommand secretSystemProperty(String key, String value) {
        secretProperties.add(key);
        return systemProperty(key, value);
    }

    JavaCommand classpath(Collection<String> entries) {
        for (String entry : entries) {
            if (entry != null && !entry.isBlank()) {
                classpath.add(entry);
            }
        }
        return this;
    }

    JavaCommand arguments(Collection<String> args) {
        arguments.addAll(args);
        return this;
    }

    /** The command as {@link ProcessBuilder} takes it. */
    List<String> toList() {
        return build(false);
    }

    /** The command quoted for a POSIX shell, secrets masked: for logs. */
    String toDisplayString() {
        return build(true).stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }

    private List<String> build(boolean mask) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        cmd.addAll(jvmArguments);
        systemProperties.forEach((k, v) ->
                cmd.add("-D" + k + "=" + (mask && secretProperties.contains(k) ? "****" : v)));
        if (!classpath.isEmpty()) {
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, classpath));
        }
        cmd.add(mainClass);
        cmd.addAll(arguments);
        return cmd;
    }
}
