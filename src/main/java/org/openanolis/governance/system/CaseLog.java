package org.openanolis.governance.system;

import org.slf4j.MDC;

/**
 * The case a log line is about, in the logging context (MDC) under {@link #CASE_TYPE} and {@link #CASE_ID}: the
 * engine's delegates and listeners ({@link CaseLoggingPlugin}), the API and portal for a case's own paths
 * ({@link CaseLoggingFilter}) and the notification dispatcher per outbox row set it, so that every line written
 * while working on a case can be found by the case id, in the plain pattern and in the JSON logs of prod.
 */
public final class CaseLog {

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";

    private CaseLog() {
    }

    /**
     * Puts the case into the logging context until the returned scope closes, which restores what was there
     * before: a delegate running inside an API call about another case leaves that call's context as it found it.
     * A null type or id leaves that key as it is.
     */
    public static Scope of(String caseType, String caseId) {
        Scope scope = new Scope(MDC.get(CASE_TYPE), MDC.get(CASE_ID));
        if (caseType != null) {
            MDC.put(CASE_TYPE, caseType);
        }
        if (caseId != null) {
            MDC.put(CASE_ID, caseId);
        }
        return scope;
    }

    /** Restores the logging context as it was when the scope opened. */
    public static final class Scope implements AutoCloseable {

        private final String previousType;
        private final String previousId;

        private Scope(String previousType, String previousId) {
            this.previousType = previousType;
            this.previousId = previousId;
        }

        @Override
        public void close() {
            restore(CASE_TYPE, previousType);
            restore(CASE_ID, previousId);
        }

        private static void restore(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
