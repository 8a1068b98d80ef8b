package org.openanolis.governance.sig;

/**
 * What a SIG's chairs write in its annual report, in Markdown, each part shown as typed: what the SIG achieved, what
 * it plans, and what help it needs (optional). The body of {@code PUT /api/sigs/{name}/reports/{year}}.
 */
public record ReportText(String achievements, String plans, String helpNeeded) {

    /** The longest part, in characters. */
    public static final int MAX = 20_000;
}
