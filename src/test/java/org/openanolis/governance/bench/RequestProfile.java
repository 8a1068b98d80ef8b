package org.openanolis.governance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a node's request threads spend their time, by kind of request: the CPU samples of a JDK Flight Recorder
 * recording ({@code jdk.ExecutionSample}) on Tomcat's request threads, each given to the request kind of the first
 * product controller method on its stack, and within a kind, the share of samples under each of a few places
 * (inclusive: a sample counts for every place on its stack) and the methods at the top of the stacks (self time).
 * Run on a recording of the node ({@code -Dbench.jfr=true}) by {@code main}, or by a benchmark at its end.
 */
final class RequestProfile {

    /** Places worth naming in a request's time; a sample can be under several. */
    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("signing in (Spring Security's authentication)", "org.springframework.security.authentication.ProviderManager.authenticate");
        PLACES.put("engine commands (Camunda's CommandExecutor)", "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute");
        PLACES.put("engine flush (DbEntityManager.flush)", "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush");
        PLACES.put("MyBatis building SQL (DynamicSqlSource)", "org.apache.ibatis.scripting.xmltags.DynamicSqlSource.getBoundSql");
        PLACES.put("Thymeleaf rendering", "org.thymeleaf.TemplateEngine.process");
        PLACES.put("H2 executing statements (CommandContainer)", "org.h2.command.Command.executeUpdate");
        PLACES.put("H2 queries", "org.h2.command.Command.executeQuery");
        PLACES.put("H2 commits (Session.commit)", "org.h2.engine.SessionLocal.commit");
        PLACES.put("the PostgreSQL driver (QueryExecutorImpl.execute)", "org.postgresql.core.v3.QueryExecutorImpl.execute");
        PLACES.put("Jackson writing JSON", "com.fasterxml.jackson.databind.ObjectMapper.writeValue");
        PLACES.put("Camunda authorization checks", "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager");
        PLACES.put("the outbox (notification.Outbox)", "org.openanolis.governance.notification.Outbox");
        PLACES.put("the timeline (timeline.Timeline)", "org.openanolis.governance.timeline.Timeline");
    }

    /** A request handler's method: a controller's, or a case API's or portal's that a feature's controller inherits. */
    private static final java.util.regex.Pattern HANDLER =
            java.util.regex.Pattern.compile("\\.[A-Za-z]+(Controller|Api|Portal|Pages|Forms)\\.[a-zA-Z]+$");

    private final Map<String, Kind> kinds = new TreeMap<>();

    static RequestProfile of(Path recording) throws IOException {
        RequestProfile profile = new RequestProfile();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                    && event.getThread("sampledThread") != null
                    && String.valueOf(event.getThread("sampledThread").getJavaName()).startsWith("http-")) {
                profile.add(event.getStackTrace());
            }
        }
        return profile;
    }

    private void add(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        String kind = "(no controller: filters, sign-in, Tomcat)";
        for (int i = frames.size() - 1; i >= 0; i--) {
            String method = name(frames.get(i));
            if (method.startsWith("org.openanolis.governance.") && HANDLER.matcher(method).find()) {
                kind = method.substring("org.openanolis.governance.".length());
                break;
            }
        }
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        k.samples++;
        k.self.merge(name(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame);
            PLACES.forEach((place, prefix) -> {
                if (method.startsWith(prefix) && seen.add(place)) {
                    k.places.merge(place, 1, Integer::sum);
                }
            });
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The profile as Markdown: every kind with at least {@code minSamples} samples, its places and top methods. */
    String markdown(int minSamples, int topMethods) {
        int total = kinds.values().stream().mapToInt(k -> k.samples).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d CPU samples on the request threads.%n", total));
        kinds.entrySet().stream().sorted((a, b) -> b.getValue().samples - a.getValue().samples)
                .filter(e -> e.getValue().samples >= minSamples).forEach(e -> {
                    Kind k = e.getValue();
                    out.append(String.format(Locale.ROOT, "%n%s: %d samples (%.0f %%)%n", e.getKey(), k.samples,
                            100.0 * k.samples / total));
                    k.places.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                            .forEach(p -> out.append(String.format(Locale.ROOT, "  - %s: %.0f %%%n", p.getKey(),
                                    100.0 * p.getValue() / k.samples)));
                    out.append("  - top of the stack:");
                    out.append(k.self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(topMethods)
                            .map(m -> String.format(Locale.ROOT, " %s %.1f %%", shortName(m.getKey()),
                                    100.0 * m.getValue() / k.samples))
                            .collect(Collectors.joining(";")));
                    out.append('\n');
                });
        return out.toString();
    }

    private static String shortName(String method) {
        String[] parts = method.split("\\.");
        return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** {@code java … RequestProfile recording.jfr}: prints the profile. */
    public static void main(String[] args) throws IOException {
        System.out.print(of(Path.of(args[0])).markdown(Integer.parseInt(args.length > 1 ? args[1] : "20"), 8));
    }

    private static final class Kind {
        int samples;
        final Map<String, Integer> self = new HashMap<>();
        final Map<String, Integer> places = new HashMap<>();
    }
}
