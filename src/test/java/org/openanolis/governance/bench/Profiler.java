package org.openanolis.governance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -Dbench.jfr=true}: a benchmark records a phase of its load on a node with the JDK Flight Recorder (profiling
 * settings) and prints where the node's request threads spent it ({@link RequestProfile}). Started and stopped with
 * {@code jcmd}, so that the recording holds the measured phase only, not the node's start and warm-up.
 */
final class Profiler {

    /** Whether this run profiles. */
    static final boolean ON = Boolean.getBoolean("bench.jfr");

    /**
     * The JVM options a node needs to be profiled: Spring's and the engine's stacks are deeper than the recorder's
     * default of 64 frames, and the controller a sample belongs to would be cut off.
     */
    static List<String> nodeOptions() {
        return ON ? List.of("-XX:FlightRecorderOptions=stackdepth=1024") : List.of();
    }

    /** Work that may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work, recorded when profiling, and then prints the profile and keeps it in
     * {@code target/bench/<name>-profile.md}; without profiling, just runs it.
     */
    static void profile(long pid, String name, Work work) throws Exception {
        start(pid, name);
        try {
            work.run();
        } finally {
            stop(pid, name);
        }
    }

    /** Starts recording the node, when profiling; {@link #stop} with the same name ends it. */
    static void start(long pid, String name) throws IOException, InterruptedException {
        if (ON) {
            jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        }
    }

    /** Ends the recording, prints its profile and keeps it in {@code target/bench/<name>-profile.md}. */
    static void stop(long pid, String name) throws IOException, InterruptedException {
        if (!ON) {
            return;
        }
        Path directory = Files.createDirectories(Path.of("target", "bench", "jfr"));
        Path recording = directory.resolve(name + ".jfr").toAbsolutePath();
        jcmd(pid, "JFR.stop", "name=" + name, "filename=" + recording);
        String profile = RequestProfile.of(recording).markdown(20, 10);
        Files.writeString(directory.getParent().resolve(name + "-profile.md"), profile);
        System.out.println("Profile of " + name + " (" + recording + "):\n" + profile);
    }

    /** A diagnostic command to the node's JVM, with the JDK's {@code jcmd} beside the running {@code java}. */
    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + ": " + output);
        }
    }

    private Profiler() {
    }
}
