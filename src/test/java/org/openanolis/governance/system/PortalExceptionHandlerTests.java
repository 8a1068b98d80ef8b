package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/** The portal's errors become its friendly pages, and an unforeseen one reveals nothing of itself. */
class PortalExceptionHandlerTests {

    private final PortalExceptionHandler handler = new PortalExceptionHandler();

    @Test
    void anUnforeseenErrorIsTheGeneric500PageWithoutItsMessage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = handler.unexpected(new IllegalStateException("SELECT * FROM secret_table"), response);

        assertThat(page.getViewName()).isEqualTo("error/500");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page.getModel().get("reason")).isNull();
    }

    @Test
    void aDatabaseOutageIsThe503PageThatAsksToTryAgainLater() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = handler.unexpected(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")), response);

        assertThat(page.getViewName()).isEqualTo("error/503");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        assertThat(page.getModel().get("reason")).isNull();
    }

    @Test
    void refusalsOfTheServicesBecomeTheirOwnPagesWithTheirReason() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView notYours = handler.forbidden(new ForbiddenException("This task is not yours to work on"), response);
        assertThat(notYours.getViewName()).isEqualTo("error/403");
        assertThat(notYours.getModel()).containsEntry("reason", "This task is not yours to work on");

        assertThat(handler.notFound(new NotFoundException("No SIG proposal x"), response).getViewName()).isEqualTo("error/404");
        assertThat(handler.conflict(new ConflictException("moved on"), response).getViewName()).isEqualTo("error/409");
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void securitySignalsKeepTheirOwnHandling() {
        AccessDeniedException denied = new AccessDeniedException("denied");

        assertThatThrownBy(() -> handler.unexpected(denied, new MockHttpServletResponse())).isSameAs(denied);
    }
}
