package org.openanolis.governance.system;

/** One invalid field of a request, as listed in a problem detail's {@code errors}. */
public record FieldProblem(String field, String message) {
}
