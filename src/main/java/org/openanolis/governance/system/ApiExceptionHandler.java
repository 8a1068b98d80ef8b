package org.openanolis.governance.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/** Every error of the API as an RFC 9457 problem detail; validation lists every invalid field. */
@RestControllerAdvice
@RequiredArgsConstructor
@Slf4j
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Problems problems;

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problems.withErrors(HttpStatus.BAD_REQUEST, "invalid-input",
                Languages.text("problem.detail.invalid-input"), e.problems());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
        if (!e.problems().isEmpty()) {
            problem.setProperty("errors", e.problems());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException e) {
        return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        List<FieldProblem> invalid = new ArrayList<>(List.of(FieldProblem.of(e.getName(), "invalid-value")));
        // A listing's filter fails before its page is read: name a bad page too, so every invalid field is listed.
        if (Arrays.stream(e.getParameter().getExecutable().getParameterTypes()).anyMatch(PageRequest.class::equals)) {
            invalid.addAll(PageRequest.problems(request.getParameter(PageRequest.PAGE),
                    request.getParameter(PageRequest.SIZE)));
        }
        return problems.withErrors(HttpStatus.BAD_REQUEST, "invalid-input",
                Languages.text("problem.detail.invalid-input"), invalid);
    }

    /** The engine kept colliding with concurrent work even after retries: the client may simply try again. */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail busy(OptimisticLockingException e) {
        log.warn("Gave up after repeated optimistic locking conflicts: {}", e.getMessage());
        return problems.of(HttpStatus.CONFLICT, "busy", Languages.text("problem.detail.busy"));
    }

    /**
     * Anything unforeseen: logged with its cause, answered as a problem detail that reveals nothing internal. A
     * failure because the database is away is no bug of ours: 503 with Retry-After, so that clients try again.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) throws Exception {
        // Spring's own errors and the security filters' signals keep their own handling.
        if (e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (DatabaseOutage.explains(e)) {
            log.warn("Answered 503: the database is unavailable ({})", e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            return problems.databaseUnavailable();
        }
        log.error("Unexpected error in the API", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                Languages.text("problem.detail.internal-error"));
    }

    /**
     * An unknown address outside the API is a browser asking for a page that is not there: the portal's
     * error page answers it (through the servlet container's error dispatch), not a problem detail.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && !servlet.getRequest().getRequestURI().startsWith("/api/")
                && servlet.getResponse() != null) {
            try {
                servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        FieldProblem problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = FieldProblem.of(path(unknown), "unknown-field");
        } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            problem = FieldProblem.of(path(format), "one-of-list", Arrays.stream(
                    format.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = FieldProblem.of(path(mapping), "wrong-type");
        } else if (cause instanceof JsonProcessingException) {
            problem = FieldProblem.of("body", "not-json");
        } else {
            problem = FieldProblem.of("body", "unreadable");
        }
        return ResponseEntity.badRequest().body(problems.withErrors(HttpStatus.BAD_REQUEST, "invalid-input",
                Languages.text("problem.detail.unreadable-body"), List.of(problem)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
