package org.openanolis.governance.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Builds RFC 9457 problem details with a stable type per kind of problem. */
@Component
@RequiredArgsConstructor
public class Problems {

    private final GovernanceProperties properties;

    public ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(properties.baseUrl() + "/problems/" + slug));
        // The status's reason phrase in English, as clients match it; its words in the reader's language else.
        problem.setTitle(Languages.textOr(status.getReasonPhrase(), "problem.title." + status.value()));
        return problem;
    }

    public ProblemDetail withErrors(HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, slug, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The database is away (see {@link DatabaseOutage}): a 503 the client may retry, with its own title. */
    public ProblemDetail databaseUnavailable() {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                Languages.text("problem.detail.database-unavailable"));
        problem.setTitle(Languages.text("problem.title.database-unavailable"));
        return problem;
    }
}
