package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests about one case run with it in the logging context, and leave the thread as they found it. */
class CaseLoggingFilterTests {

    private final CaseLoggingFilter filter = new CaseLoggingFilter(ApplicationCaseTypes.all());

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(nullValues = "none", textBlock = """
            GET,  /api/sig-proposals/4f1c-9a,                 SIG_PROPOSAL,        4f1c-9a
            POST, /api/sig-proposals/4f1c-9a/ballots,         SIG_PROPOSAL,        4f1c-9a
            POST, /api/project-proposals/p-1/withdrawal,      PROJECT_PROPOSAL,    p-1
            GET,  /api/partner-applications/a_2/ballots/bob,  PARTNER_APPLICATION, a_2
            POST, /api/partners/acme.cloud/revocation,        PARTNER,             acme.cloud
            GET,  /sig-proposals/4f1c-9a,                     SIG_PROPOSAL,        4f1c-9a
            GET,  /partners/p-9/diagram,                      PARTNER,             p-9
            POST, /api/sig-proposals,                         none,                none
            GET,  /api/tasks/t-1,                             none,                none
            GET,  /api/sigs/kernel,                           none,                none
            GET,  /api/sig-proposals/a%0Aforged,              none,                none
            GET,  /api/sig-proposals/<script>,                none,                none
            """)
    void requestAboutACaseRunsWithIt(String method, String path, String caseType, String caseId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        Map<String, String> seen = new HashMap<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.put("type", MDC.get(CaseLog.CASE_TYPE));
            seen.put("id", MDC.get(CaseLog.CASE_ID));
        });

        assertThat(seen.get("type")).isEqualTo(caseType);
        assertThat(seen.get("id")).isEqualTo(caseId);
        assertThat(MDC.get(CaseLog.CASE_ID)).isNull();
        assertThat(MDC.get(CaseLog.CASE_TYPE)).isNull();
    }

    @ParameterizedTest(name = "nested in {0}")
    @CsvSource({"PROJECT_PROPOSAL, p-7"})
    void aNestedCaseGivesTheOuterOneBackWhenItEnds(String outerType, String outerId) {
        try (CaseLog.Scope outer = CaseLog.of(outerType, outerId)) {
            try (CaseLog.Scope inner = CaseLog.of("SIG_PROPOSAL", "s-1")) {
                assertThat(MDC.get(CaseLog.CASE_ID)).isEqualTo("s-1");
            }
            assertThat(MDC.get(CaseLog.CASE_TYPE)).isEqualTo(outerType);
            assertThat(MDC.get(CaseLog.CASE_ID)).isEqualTo(outerId);
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
