package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The decision register, tried as the community reads it, without signing in: a SIG proposal the committee approved
 * (Frank against, with his reason) is a numbered resolution in the API, as Markdown minutes in either language, in
 * the Atom feed and on the "Decisions" pages, found by words, kind and year; a vote that ended without quorum is one
 * too, a withdrawn case's cancelled vote is none; a search that cannot be read says what is wrong with each part.
 */
@GovernanceTest
class DecisionRegisterIntegrationTests extends ApiScenario {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;

    @Test
    void anApprovedProposalIsANumberedResolutionEveryoneCanRead() throws Exception {
        String name = uniqueName("register");
        String id = acceptedForVote(name);
        approveBy(id, "alice", "bob", "carol", "dave");
        assertThat(ballot("frank", id, "REJECT", "Overlaps <b>sig-kernel</b> {0}").status()).isEqualTo(201);
        assertThat(ballot("erin", id, "ABSTAIN", null).status()).isEqualTo(201);
        engine.passTime(id, Duration.ofHours(72));
        assertThat(status(id)).isEqualTo("PROVISIONING");

        Api.Caller anyone = api.anonymous();
        Api.Answer found = anyone.get("/api/public/resolutions?q=" + name);
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        JsonNode r = found.list().get(0);
        assertThat(found.list()).hasSize(1);
        String number = r.path("number").asText();
        Instant decidedAt = Instant.parse(r.path("decidedAt").asText());
        assertThat(number).matches("\\d{4}-\\d{3,}").startsWith(decidedAt.atZone(ZoneOffset.UTC).getYear() + "-");
        assertThat(r.path("caseType").asText()).isEqualTo("SIG_PROPOSAL");
        assertThat(r.path("caseId").asText()).isEqualTo(id);
        assertThat(r.path("caseUrl").asText()).endsWith("/sig-proposals/" + id);
        assertThat(r.path("question").asText()).isEqualTo("Shall the committee approve the SIG proposal \u201c" + name + "\u201d?");
        assertThat(r.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(r.path("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(List.of(r.path("electorate").asInt(), r.path("quorum").asInt(), r.path("approvals").asInt(),
                r.path("rejections").asInt(), r.path("abstentions").asInt())).containsExactly(7, 5, 4, 1, 1);
        assertThat(r.path("ballots")).hasSize(6).anySatisfy(b -> {
            assertThat(b.path("member").asText()).isEqualTo("Frank Yang (frank)");
            assertThat(b.path("vote").asText()).isEqualTo("REJECT");
            assertThat(b.path("reason").asText()).isEqualTo("Overlaps <b>sig-kernel</b> {0}");
        });
        assertThat(anyone.get("/api/public/resolutions/" + number).json()).isEqualTo(r);

        String minutes = anyone.get("/api/public/resolutions/" + number, MediaType.valueOf("text/markdown")).text();
        assertThat(minutes).startsWith("# Resolution " + number + ": " + name)
                .contains("- Outcome: APPROVED", "4 approve, 1 reject, 1 abstain", "Frank Yang (frank): REJECT");
        String chinese = anyone.reading("zh-CN").get("/api/public/resolutions/" + number,
                MediaType.valueOf("text/markdown")).text();
        assertThat(chinese).startsWith("# 决议 " + number + "：" + name).contains("- 结果：通过", "Frank Yang (frank)：反对");

        int year = decidedAt.atZone(ZoneOffset.UTC).getYear();
        assertThat(anyone.get("/api/public/resolutions?q=" + name + "&type=SIG_PROPOSAL&year=" + year).list())
                .hasSize(1);
        assertThat(anyone.get("/api/public/resolutions?q=" + number).list()).extracting(n -> n.path("caseName").asText())
                .containsExactly(name);
        assertThat(anyone.get("/api/public/resolutions?q=" + name + "&type=PARTNER").list()).isEmpty();
        assertThat(anyone.get("/api/public/resolutions?q=" + name + "&year=" + (year + 1)).list()).isEmpty();

        assertThat(feedEntryTitles(anyone.get("/feeds/resolutions.atom", MediaType.valueOf("application/atom+xml"))))
                .contains(number + ": " + name + " (APPROVED)");

        try (Portal reader = new Portal(port)) {
            HtmlPage list = reader.open("/decisions?q=" + name);
            assertThat(list.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(list.querySelector("table.decisions tbody").asNormalizedText()).contains(number, name, "APPROVED");
            HtmlPage one = list.getAnchorByText(number).click();
            assertThat(one.getUrl().getPath()).isEqualTo("/decisions/" + number);
            assertThat(one.querySelector(".question").asNormalizedText()).contains(name);
            assertThat(one.querySelector("table.ballots").asNormalizedText())
                    .contains("Frank Yang (frank)", "Overlaps <b>sig-kernel</b> {0}");
            assertThat(one.querySelector(".counts").asNormalizedText())
                    .isEqualTo("electorate 7, quorum 5, approve 4, reject 1, abstain 1");
        }
        try (Portal chineseReader = Portal.reading(port, "zh-CN")) {
            HtmlPage one = chineseReader.open("/decisions/" + number);
            assertThat(one.getElementsByTagName("h1").get(0).asNormalizedText()).isEqualTo("决议 " + number + " 通过");
            assertThat(one.asNormalizedText()).contains("简单多数", "反对").doesNotContain("??");
        }
    }

    @Test
    void aVoteWithoutQuorumIsAResolutionAndAWithdrawnCasesVoteIsNone() {
        String silent = uniqueName("register-silent");
        String id = acceptedForVote(silent);
        engine.passTime(id, Duration.ofDays(7));
        engine.passTime(id, Duration.ofDays(7));
        assertThat(status(id)).isEqualTo("NO_QUORUM");
        List<JsonNode> ended = api.anonymous().get("/api/public/resolutions?q=" + silent).list();
        assertThat(ended).singleElement().satisfies(r -> {
            assertThat(r.path("outcome").asText()).isEqualTo("NO_QUORUM");
            assertThat(r.path("ballots")).isEmpty();
        });

        String withdrawn = uniqueName("register-withdrawn");
        String other = acceptedForVote(withdrawn);
        assertThat(api.as("paul").post("/api/sig-proposals/" + other + "/withdrawal", Map.of()).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/public/resolutions?q=" + withdrawn).list()).isEmpty();
    }

    @Test
    void aSearchThatCannotBeReadNamesEveryBadPart() {
        Api.Answer refused = api.anonymous().get("/api/public/resolutions?q=" + "x".repeat(101)
                + "&type=NONE&year=27&page=0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("q", "type", "year", "page");

        Api.Answer unknown = api.anonymous().get("/api/public/resolutions/1999-001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("No resolution 1999-001");

        try (Portal reader = new Portal(port)) {
            HtmlPage page = reader.open("/decisions?year=27&type=NONE");
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(page.querySelector("#error-summary").asNormalizedText())
                    .contains("Year: must be a year such as 2027", "Kind of case: must be one of");
            assertThat(reader.open("/decisions/1999-001").getWebResponse().getStatusCode()).isEqualTo(404);
        }
    }

    private static List<String> feedEntryTitles(Api.Answer feed) throws Exception {
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType().isCompatibleWith(MediaType.valueOf("application/atom+xml"))).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList entries = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.text().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return titles;
    }
}
