package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Threshold;
import org.openanolis.governance.vote.VoteOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A resolution as Markdown minutes and as an Atom entry: every fact of the vote in the reader's words, and what
 * people typed (a case's name, a reason) as data: never read as a message pattern, always escaped in XML.
 */
class ResolutionDocumentsTests {

    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
    private static final String HOSTILE = "sig-x {0} ${T(java.lang.Runtime)} <b>&amp;</b> ' ]]>";

    private static Resolution resolution(String caseName) {
        return new Resolution("2027-004", AT, "SIG_PROPOSAL", "SIG proposal", "case-1", caseName,
                "https://governance.example.org/sig-proposals/case-1",
                "Shall the committee approve the SIG proposal \u201c" + caseName + "\u201d?", Threshold.SIMPLE, 9, 6, 5,
                1, 1, List.of("Dave Zhang (dave)"), VoteOutcome.APPROVED,
                List.of(new Resolution.Ballot("Alice Chen (alice)", BallotChoice.APPROVE, null, AT),
                        new Resolution.Ballot("Frank Li (frank)", BallotChoice.REJECT, "Overlaps {1} sig-y", AT)));
    }

    @Test
    void theMinutesHoldEveryFactOfTheVote() {
        String english = ResolutionMinutes.of(resolution("sig-confidential-ai"), Languages.ENGLISH);

        assertThat(english).startsWith("# Resolution 2027-004: sig-confidential-ai\n\n**Shall the committee approve")
                .contains("- Decided: 2027-03-01T10:00:00Z\n", "- Outcome: APPROVED\n", "- Threshold: SIMPLE\n",
                        "- Electorate 9, quorum 6: 5 approve, 1 reject, 1 abstain\n", "- Recused: Dave Zhang (dave)\n",
                        "https://governance.example.org/sig-proposals/case-1",
                        "- Alice Chen (alice): APPROVE, 2027-03-01T10:00:00Z\n",
                        "- Frank Li (frank): REJECT, 2027-03-01T10:00:00Z: Overlaps {1} sig-y\n");

        String chinese = ResolutionMinutes.of(resolution("sig-confidential-ai"), Languages.CHINESE);
        assertThat(chinese).startsWith("# 决议 2027-004：sig-confidential-ai")
                .contains("- 结果：通过\n", "- 通过门槛：简单多数\n", "赞成 5，反对 1，弃权 1", "- 回避：Dave Zhang (dave)\n",
                        "- Frank Li (frank)：反对，2027-03-01T10:00:00Z：Overlaps {1} sig-y\n");
    }

    @Test
    void whatPeopleTypedIsDataInTheMinutes() {
        String md = ResolutionMinutes.of(resolution(HOSTILE), Languages.CHINESE);
        assertThat(md).contains("# 决议 2027-004：" + HOSTILE);
    }

    @Test
    void theFeedIsAtomThatAnXmlParserReadsWithTheNameAsTyped() throws Exception {
        String atom = ResolutionFeed.of(List.of(resolution(HOSTILE)), "https://governance.example.org/",
                Languages.ENGLISH);

        Document feed = parse(atom);
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
        assertThat(child(root, "id")).isEqualTo("https://governance.example.org/feeds/resolutions.atom");
        assertThat(child(root, "updated")).isEqualTo("2027-03-01T10:00:00Z");
        Element entry = (Element) root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertThat(child(entry, "id")).isEqualTo("https://governance.example.org/decisions/2027-004");
        assertThat(child(entry, "title")).isEqualTo("2027-004: " + HOSTILE + " (APPROVED)");
        assertThat(child(entry, "content")).contains("Frank Li (frank): REJECT");
        assertThat(atom).doesNotContain("<b>");
    }

    @Test
    void anEmptyRegisterIsAValidFeedInChinese() throws Exception {
        Element root = parse(ResolutionFeed.of(List.of(), "http://localhost:8080", Languages.CHINESE))
                .getDocumentElement();
        assertThat(child(root, "title")).isEqualTo("指导委员会决议");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isZero();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
