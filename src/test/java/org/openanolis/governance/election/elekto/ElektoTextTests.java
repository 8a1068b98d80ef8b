package org.openanolis.governance.election.elekto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ElektoTextTests {

    @Test
    void quotedValuesNeverHoldTwoHyphensInARowYetReadBackTheSame() {
        for (String text : ElektoExportTests.hostileAndPlain()) {
            String quoted = ElektoText.quoted(text);

            assertThat(quoted).as(text).doesNotContain("--").doesNotContain("\n").startsWith("\"").endsWith("\"");
            assertThat(ElektoExportTests.load("v: " + quoted).get("v")).as(text).isEqualTo(text);
        }
    }

    @Test
    void singleHyphensStayReadable() {
        assertThat(ElektoText.quoted("Jean-Pierre")).isEqualTo("\"Jean-Pierre\"");
        assertThat(ElektoText.quoted("a--b")).isEqualTo("\"a\\x2D\\x2Db\"");
    }

    @Test
    void statementsLoseNoWordButEveryDoubleHyphenAndRawTag() {
        String body = ElektoText.markdownBody("a -- b --- c\r\n<b>bold</b>\r--n");

        assertThat(body).doesNotContain("--").doesNotContain("<").doesNotContain("\r");
        assertThat(body).isEqualTo("a -\u2060- b -\u2060-\u2060- c\n&lt;b>bold&lt;/b>\n-\u2060-n");
    }

    @Test
    void datetimesAreUtcWallClockWithoutOffsetAsElektoParsesThem() {
        // Elekto reads start_datetime, end_datetime and exception_due with PyYAML (elekto/models/utils.py
        // parse_yaml), compares them with the naive datetime.now() (elekto/models/meta.py Election.status,
        // elekto/middlewares/election.py exception_guard) and prints them followed by "UTC"
        // (elekto/templates/views/elections/single.html); kubernetes/community elections/steering/2023/election.yaml
        // writes "start_datetime: 2023-08-29 00:00:01". An offset would give PyYAML an aware datetime, which Python
        // refuses to compare with a naive one.
        assertThat(ElektoExport.datetime(Instant.parse("2023-08-29T00:00:01Z"))).isEqualTo("2023-08-29 00:00:01");
        assertThat(ElektoExport.datetime(Instant.parse("2025-12-31T23:59:59.999Z"))).isEqualTo("2025-12-31 23:59:59");
        assertThat(ElektoExport.datetime(Instant.parse("2025-01-02T03:04:05Z")))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }
}
