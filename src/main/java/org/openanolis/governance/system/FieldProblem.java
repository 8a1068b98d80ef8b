package org.openanolis.governance.system;

/** One invalid field of a request, as listed in a problem detail's {@code errors}. */
public record FieldProblem(String field, String message) {

    /**
     * The problem in the words of message {@code problem.field.<code>}, in the language of the request being
     * answered: {@code FieldProblem.of("name", "length", 6, 40)} reads "must be 6 to 40 characters" or its Chinese.
     */
    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, Languages.text("problem.field." + code, arguments));
    }
}
