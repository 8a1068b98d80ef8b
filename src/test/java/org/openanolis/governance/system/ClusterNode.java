package org.openanolis.governance.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openanolis.governance.support.Api;

/**
 * One application node as an operating-system process running the built jar, so that it can be killed for real.
 * Its output goes to {@code target/cluster/<name>.log}, which a failure message quotes. The benchmarks run the
 * product the same way, with a JVM set up for speed rather than for a quick start.
 */
public final class ClusterNode implements AutoCloseable {

    /** Small and quick to start: two nodes, the build and the test share two cores. */
    private static final List<String> QUICK_START = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Path JAR = Path.of("target", "sig-governance-0.1.0-SNAPSHOT.jar");

    public final String name;
    public final int port;
    public final Api api;
    private final Process process;
    private final Path log;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.api = new Api(port);
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar} with the given settings on a free port; answers at once, the node boots meanwhile. */
    static ClusterNode start(String name, List<String> settings) throws IOException {
        return start(name, QUICK_START, settings);
    }

    /** As {@link #start(String, List)}, with the JVM options given (heap, collector, compiler). */
    public static ClusterNode start(String name, List<String> jvmOptions, List<String> settings) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the jar is built by `package`, before failsafe runs");
        }
        int port = freePort();
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.add("--server.port=" + port);
        // Tests and benchmarks have a few demo people propose many cases at once; the limit has a test of its own.
        command.add("--governance.cases.max-open-per-person=100000");
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Should the test JVM end without its clean-up, the node must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new ClusterNode(name, port, process, log);
    }

    /** The operating system's process id, e.g. to read the node's CPU time or attach to its JVM. */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Kills the process without a shutdown: no lock is released, no claim returned, no mail finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The last lines of the node's output, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return name + " (" + (alive() ? "running" : "exited " + process.exitValue()) + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return name + ": no log (" + e.getMessage() + ")";
        }
    }

    public boolean logContains(String text) {
        return log().contains(text);
    }

    /** The node's output so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
