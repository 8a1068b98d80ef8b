package org.openanolis.governance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The benchmarks' table: every figure with its target, printed as it is measured and appended to
 * {@code target/bench/report.md}, which {@link ReportPrinter} prints whole at the end of the run. A figure is a
 * measurement, never a test verdict: a missed target is printed as missed, the run goes on.
 */
public final class Report {

    static final Path FILE = Path.of("target", "bench", "report.md");

    private static final String HEADER = "| Figure | Measured | Target | Met |\n|---|---|---|---|\n";

    private Report() {
    }

    /** Starts a part of the table, e.g. "Overhead over the bare engine", with the conditions it was measured in. */
    public static void section(String title, String conditions) {
        append("\n### " + title + "\n\n" + conditions + "\n\n" + HEADER);
    }

    /** A ratio of two variants measured side by side, e.g. product ÷ bare engine, with both values shown. */
    public static void ratio(String figure, String numerator, double a, String denominator, double b, String unit,
            Target target) {
        double ratio = a / b;
        String measured = String.format(Locale.ROOT, "%.2f (%s %s %s ÷ %s %s %s)", ratio, numerator, number(a), unit,
                denominator, number(b), unit);
        row(figure, measured, target, ratio);
    }

    /** A single value, e.g. p99 in milliseconds. */
    public static void value(String figure, double value, String unit, Target target) {
        row(figure, number(value) + " " + unit, target, value);
    }

    /** A value with no target, reported for understanding (CPU time, statement counts, retries). */
    public static void note(String figure, String measured) {
        append("| " + figure + " | " + measured + " | | |\n");
    }

    private static void row(String figure, String measured, Target target, double value) {
        append("| " + figure + " | " + measured + " | " + target + " | " + (target.metBy(value) ? "yes" : "**no**")
                + " |\n");
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static synchronized void append(String text) {
        System.out.print(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A target: at least or at most a bound. */
    public record Target(boolean atLeast, double bound) {

        public static Target atLeast(double bound) {
            return new Target(true, bound);
        }

        public static Target atMost(double bound) {
            return new Target(false, bound);
        }

        boolean metBy(double value) {
            return atLeast ? value >= bound : value <= bound;
        }

        @Override
        public String toString() {
            return (atLeast ? "≥ " : "≤ ") + number(bound);
        }
    }
}
