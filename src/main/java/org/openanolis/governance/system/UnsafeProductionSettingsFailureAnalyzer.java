package org.openanolis.governance.system;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused production start into Spring Boot's "APPLICATION FAILED TO START ... Action:" report,
 * one line per problem, instead of a stack trace. Registered in META-INF/spring.factories.
 */
class UnsafeProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettingsException cause) {
        String description = cause.problems().stream().map(p -> "- " + p.description())
                .collect(Collectors.joining("\n", "The prod profile refuses to start:\n", ""));
        String action = cause.problems().stream().map(p -> "- " + p.action())
                .collect(Collectors.joining("\n", "Fix the configuration:\n", ""));
        return new FailureAnalysis(description, action, cause);
    }
}
