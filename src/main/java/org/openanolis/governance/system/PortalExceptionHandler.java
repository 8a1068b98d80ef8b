package org.openanolis.governance.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;

/**
 * The portal's errors as pages a person can read: what happened, and a way back. Ahead of the API's
 * handler, but only for {@link PortalController}s.
 */
@ControllerAdvice(annotations = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@Slf4j
class PortalExceptionHandler {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, e.getMessage(), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), response);
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ModelAndView busy(OptimisticLockingException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, Languages.text("error.busy"), response);
    }

    /**
     * Anything unforeseen: logged with its cause, shown as a page that reveals nothing internal. The database being
     * away gets a page of its own (503): nothing the reader did, and trying again soon will work.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (e instanceof ErrorResponse
                || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e;
        }
        if (DatabaseOutage.explains(e)) {
            log.warn("Showed the 503 page: the database is unavailable ({})", e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            return page(HttpStatus.SERVICE_UNAVAILABLE, null, response);
        }
        log.error("Unexpected error in the portal", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null, response);
    }

    private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/" + (status == HttpStatus.CONFLICT ? "409" : status.value()));
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("reason", message);
        return page;
    }
}
