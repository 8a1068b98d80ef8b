package org.openanolis.governance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Readiness;
import org.openanolis.governance.system.ClusterNode;

/**
 * One application node under benchmark: the built jar as its own process with the production heap ({@code -Xmx512m})
 * and the JVM's default collector and compiler, on the database given, the demo people seeded. It reads what the
 * benchmarks compare: the process's CPU time, its Prometheus metrics (as the demo administrator) and its heap's peak.
 */
public final class BenchNode implements AutoCloseable {

    /** The heap every application node gets for the whole run (issue 7, figure 6). */
    public static final String HEAP = "-Xmx512m";

    private static final HttpClient HTTP = HttpClient.newHttpClient();


    public final String name;
    public final ClusterNode node;

    private BenchNode(String name, ClusterNode node) {
        this.name = name;
        this.node = node;
    }

    /** Starts the node; answers at once, {@link #awaitReady()} waits for it. */
    public static BenchNode start(String name, List<String> settings) throws IOException {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=demo", "--spring.main.banner-mode=off"));
        all.addAll(settings);
        List<String> jvm = new ArrayList<>(List.of(HEAP));
        jvm.addAll(Profiler.nodeOptions());
        return new BenchNode(name, ClusterNode.start(name, jvm, all));
    }

    public BenchNode awaitReady() {
        try {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .failFast(() -> !node.alive()).until(this::ready);
        } catch (RuntimeException | Error e) {
            throw new AssertionError(name + " did not start:\n" + node.logTail(), e);
        }
        return this;
    }

    public Api api() {
        return node.api;
    }

    /** CPU time the node's process has used so far (every thread: requests, engine, collector, compiler). */
    public long cpuNanos() {
        return ProcessHandle.of(node.pid()).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("No CPU time for " + name));
    }

    public JvmHeap heap() throws Exception {
        return JvmHeap.ofProcess(node.pid());
    }

    /** The sum of a metric's series whose labels contain every given {@code label="value"} text. */
    public double metric(String name, String... labels) {
        Matcher line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape());
        double sum = 0;
        boolean found = false;
        while (line.find()) {
            String tags = line.group(1) == null ? "" : line.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= tags.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.group(2));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(this.name + " has no metric " + name + " " + List.of(labels));
        }
        return sum;
    }

    /** Prometheus' text format, as a scraper asks for it. */
    private String scrape() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port + "/actuator/prometheus"))
                .header("Accept", "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + " metrics: " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean ready() {
        try {
            return Readiness.ready(node.port);
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        node.close();
    }
}
