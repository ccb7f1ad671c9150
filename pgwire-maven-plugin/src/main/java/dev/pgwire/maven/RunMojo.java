package dev.pgwire.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Serves the project's {@code @PgTable} sources over the PostgreSQL wire protocol: compiles the project
 * (so the annotation processor has run), then forks a JVM that starts the pgwire server and the
 * application's own main class, and waits until it exits or Maven is stopped.
 *
 * <pre>mvn pgwire:run -Dpgwire.port=5433 -Dpgwire.mainClass=com.example.App</pre>
 *
 * <p>Every other {@code -Dkey=value} given to Maven is passed on to the forked JVM, so application
 * settings work as they would with {@code java -D...}.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {
    /** The class the forked JVM runs; it reads the {@code pgwire.*} system properties. */
    static final String SERVER_MAIN_CLASS = "dev.pgwire.runtime.PgWireMain";

    static final String RUNTIME_GROUP_ID = "dev.pgwire";
    static final String RUNTIME_ARTIFACT_ID = "pgwire-runtime";

    /** Parameters the plugin passes itself; not copied from the user properties a second time. */
    private static final Set<String> OWN_PROPERTIES = Set.of(
            "pgwire.host", "pgwire.port", "pgwire.user", "pgwire.password", "pgwire.database",
            "pgwire.mainClass", "pgwire.jvmArguments", "pgwire.arguments", "pgwire.workingDirectory",
            "pgwire.skip");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Address the server listens on. Use {@code 0.0.0.0} to accept connections from other machines.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.host", defaultValue = "127.0.0.1")
    private String host;

    /**
     * TCP port the server listens on; {@code 0} picks a free one (the server logs it).
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.port", defaultValue = "5433")
    private int port;

    /**
     * User name clients log in with; checked only when a password is set. Unset means the server's
     * default, {@code pgwire}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.user")
    private String user;

    /**
     * Password clients must log in with (SCRAM-SHA-256 unless {@code pgwire.auth} says otherwise), or a
     * stored {@code SCRAM-SHA-256$...} verifier. Unset means no password is asked for. It is masked in the
     * logged command line.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.password")
    private String password;

    /**
     * The only database name clients may connect to. Unset accepts any name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.database")
    private String database;

    /**
     * The application's main class, run in the forked JVM once the server is up; it registers
     * instances with {@code PgWire.expose(...)}. Unset serves only static {@code @PgTable} sources.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.mainClass")
    private String mainClass;

    /**
     * Extra JVM arguments for the forked JVM, split like a shell would, e.g.
     * {@code -Xmx1g -Dgreeting='hello world'}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.jvmArguments")
    private String jvmArguments;

    /**
     * Arguments for the application's main method, split like a shell would.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.arguments")
    private String arguments;

    /**
     * Working directory of the forked JVM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.workingDirectory", defaultValue = "${project.basedir}")
    private File workingDirectory;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "pgwire.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("pgwire:run skipped (pgwire.skip=true)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("pgwire:run skipped: " + project.getArtifactId() + " has pom packaging");
            return;
        }
        if (!dependsOnRuntime(project.getArtifacts())) {
            // In a multi-module build the goal runs in every module; only the ones with an application serve.
            getLog().info("pgwire:run skipped: " + project.getArtifactId() + " does not depend on "
                    + RUNTIME_GROUP_ID + ":" + RUNTIME_ARTIFACT_ID);
            return;
        }
        JavaCommand command = command();
        if (getLog().isDebugEnabled()) {
            getLog().debug("Forking: " + command.toDisplayString());
        }
        ForkedJvm.Exit exit;
        try {
            exit = new ForkedJvm(command.toList(), workingDirectory).run();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start " + command.toList().get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the pgwire server was running", e);
        }
        if (exit.stoppedByHook()) {
            getLog().info("pgwire server stopped");
        } else if (exit.code() != 0) {
            throw new MojoExecutionException("The pgwire server JVM exited with code " + exit.code()
                    + " (run with -X to see its command line)");
        }
    }

    private JavaCommand command() throws MojoExecutionException {
        Path java = JavaCommand.javaExecutable(Path.of(System.getProperty("java.home")));
        if (!Files.isExecutable(java)) {
            throw new MojoExecutionException("No java launcher at " + java);
        }
        JavaCommand command = new JavaCommand(java, SERVER_MAIN_CLASS);
        try {
            command.jvmArguments(ShellWords.split(jvmArguments));
            command.arguments(ShellWords.split(arguments));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid pgwire.jvmArguments or pgwire.arguments: " + e.getMessage(), e);
        }
        passThrough(session.getUserProperties()).forEach(command::systemProperty);
        command.systemProperty("pgwire.host", host)
                .systemProperty("pgwire.port", Integer.toString(port))
                .systemProperty("pgwire.user", blankToNull(user))
                .secretSystemProperty("pgwire.password", blankToNull(password))
                .systemProperty("pgwire.database", blankToNull(database))
                .systemProperty("pgwire.mainClass", blankToNull(mainClass))
                .classpath(classpath());
        return command;
    }

    /** The {@code -D} properties given to Maven, minus the ones this goal passes itself; sorted for stable logs. */
    static Map<String, String> passThrough(Properties props) {
        Map<String, String> out = new TreeMap<>();
        for (String name : props.stringPropertyNames()) {
            if (!OWN_PROPERTIES.contains(name)) {
                out.put(name, props.getProperty(name));
            }
        }
        return out;
    }

    private List<String> classpath() throws MojoExecutionException {
        List<String> entries = new ArrayList<>();
        entries.add(project.getBuild().getOutputDirectory());
        try {
            entries.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not build the runtime classpath", e);
        }
        return entries;
    }

    /** Whether {@code artifacts} (the resolved runtime dependencies) include pgwire-runtime. */
    static boolean dependsOnRuntime(Collection<Artifact> artifacts) {
        return artifacts.stream().anyMatch(a ->
                RUNTIME_GROUP_ID.equals(a.getGroupId()) && RUNTIME_ARTIFACT_ID.equals(a.getArtifactId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
