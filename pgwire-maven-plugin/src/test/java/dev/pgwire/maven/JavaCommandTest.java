package dev.pgwire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class JavaCommandTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");

    @Test
    void assemblesJvmArgsPropertiesClasspathMainAndArgs() {
        List<String> cmd = new JavaCommand(JAVA, "dev.pgwire.runtime.PgWireMain")
                .jvmArguments(List.of("-Xmx256m"))
                .systemProperty("pgwire.port", "6543")
                .systemProperty("sample.activity", "off")
                .classpath(List.of("target/classes", "a.jar"))
                .arguments(List.of("--verbose"))
                .toList();
        assertEquals(List.of(JAVA.toString(), "-Xmx256m", "-Dpgwire.port=6543", "-Dsample.activity=off",
                "-cp", "target/classes" + File.pathSeparator + "a.jar",
                "dev.pgwire.runtime.PgWireMain", "--verbose"), cmd);
    }

    @Test
    void propertiesComeAfterJvmArgumentsSoTheyWin() {
        List<String> cmd = new JavaCommand(JAVA, "M")
                .jvmArguments(List.of("-Dpgwire.port=1"))
                .systemProperty("pgwire.port", "2")
                .toList();
        assertTrue(cmd.indexOf("-Dpgwire.port=1") < cmd.indexOf("-Dpgwire.port=2"));
    }

    @Test
    void nullValueLeavesPropertyOutAndRemovesEarlierOne() {
        List<String> cmd = new JavaCommand(JAVA, "M")
                .systemProperty("pgwire.user", "alice")
                .systemProperty("pgwire.user", null)
                .systemProperty("pgwire.database", null)
                .toList();
        assertEquals(List.of(JAVA.toString(), "M"), cmd);
    }

    @Test
    void classpathIsDeduplicatedInOrderAndSkipsBlanks() {
        List<String> cmd = new JavaCommand(JAVA, "M")
                .classpath(List.of("classes", "x.jar", "classes", " "))
                .classpath(List.of("y.jar", "x.jar"))
                .toList();
        assertEquals(String.join(File.pathSeparator, "classes", "x.jar", "y.jar"), cmd.get(cmd.indexOf("-cp") + 1));
    }

    @Test
    void displayStringQuotesAndMasksSecrets() {
        JavaCommand command = new JavaCommand(JAVA, "M")
                .secretSystemProperty("pgwire.password", "s3cret")
                .systemProperty("greeting", "hello world")
                .arguments(List.of("it's"));
        String shown = command.toDisplayString();
        assertEquals("/jdk/bin/java '-Dpgwire.password=****' '-Dgreeting=hello world' M 'it'\\''s'", shown);
        assertFalse(shown.contains("s3cret"));
        assertTrue(command.toList().contains("-Dpgwire.password=s3cret"));
    }

    @Test
    void blankPropertyNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new JavaCommand(JAVA, "M").systemProperty(" ", "x"));
    }

    @Test
    void javaExecutableLivesInBin() {
        Path exe = JavaCommand.javaExecutable(Path.of("/opt/jdk"));
        assertEquals(Path.of("/opt/jdk", "bin"), exe.getParent());
        assertTrue(exe.getFileName().toString().startsWith("java"));
    }

    @Test
    void onlyProjectsUsingTheRuntimeServe() {
        Artifact runtime = artifact("dev.pgwire", "pgwire-runtime");
        Artifact annotations = artifact("dev.pgwire", "pgwire-annotations");
        Artifact other = artifact("org.example", "pgwire-runtime");
        assertTrue(RunMojo.dependsOnRuntime(List.of(annotations, runtime)));
        assertFalse(RunMojo.dependsOnRuntime(List.of(annotations, other)));
        assertFalse(RunMojo.dependsOnRuntime(List.of()));
    }

    private static Artifact artifact(String groupId, String artifactId) {
        return new DefaultArtifact(groupId, artifactId, "1.0", "compile", "jar", null, new DefaultArtifactHandler("jar"));
    }

    @Test
    void userPropertiesPassThroughExceptTheGoalsOwn() {
        Properties props = new Properties();
        props.setProperty("sample.activity", "off");
        props.setProperty("pgwire.port", "7777");
        props.setProperty("pgwire.jvmArguments", "-Xmx1g");
        props.setProperty("pgwire.skip", "false");
        props.setProperty("pgwire.statementTimeout", "5s");
        assertEquals(Map.of("sample.activity", "off", "pgwire.statementTimeout", "5s"), RunMojo.passThrough(props));
    }
}
