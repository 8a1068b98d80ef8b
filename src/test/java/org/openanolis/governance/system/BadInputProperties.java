package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 4, part 4: the shared defences over generated input, without Spring (a jqwik property cannot run under
 * Spring's JUnit 5 extension). The module validators are package-private, so their properties live beside them:
 * {@code sig.SigProposalValidatorProperties} and {@code notification.MailRenderingProperties}.
 */
class BadInputProperties {

    private static final String NASTY = "\u0000\r\n\t\u001b\u007f\u0085\u2028\u2029\u202e\u200d\ufeff\ud800\udfff"
            + "${}#*[]()<>&\"'aZ9 ";
    private static final List<String> FIELDS = List.of("name", "displayName", "mission", "scopeIn", "scopeOut", "chairs",
            "techLeads", "securityContact", "meetingCadence", "mailingList", "repositories");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The API's mapper: Spring Boot's builder with our customizer. */
    private final ObjectMapper mapper;

    BadInputProperties() {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        new JsonConfiguration().strictTypes().customize(builder);
        mapper = builder.build();
    }

    /** The shape of a SIG proposal request: every text a String, every list a list of Strings. */
    record SigPayload(String name, String displayName, String mission, String scopeIn, String scopeOut,
                      List<String> chairs, List<String> techLeads, String securityContact, String meetingCadence,
                      String mailingList, List<String> repositories) {
    }

    @Property(tries = 50)
    void singleLineTextRulesNeverThrowAndRefuseEveryControlCharacterAndLoneSurrogate(@ForAll("texts") String value) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean[] ok = new boolean[1];
        assertThatCode(() -> ok[0] = TextRules.singleLine("f", value, 100, true, problems)).doesNotThrowAnyException();

        assertThat(ok[0]).isEqualTo(problems.isEmpty());
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("f"));
        boolean forbidden = value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.SURROGATE);
        if (forbidden || value.isBlank() || value.codePointCount(0, value.length()) > 100) {
            assertThat(ok[0]).as("refused: %s", value).isFalse();
        } else {
            assertThat(ok[0]).as("accepted: %s", value).isTrue();
        }
    }

    @Property(tries = 50)
    void multiLineTextRulesAllowOnlyLineBreaksAndTabs(@ForAll("texts") String value) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean ok = TextRules.multiLine("f", value, 100, true, problems);

        boolean forbidden = value.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE);
        assertThat(ok).isEqualTo(problems.isEmpty());
        if (forbidden) {
            assertThat(ok).as("refused: %s", value).isFalse();
        }
    }

    /** Any JSON type in any field: read into the String-typed shape, or refused as a mapping problem, never else. */
    @Property(tries = 50)
    void wrongJsonTypesAreRefusedNotConverted(@ForAll("payloads") ObjectNode payload) {
        try {
            SigPayload read = mapper.treeToValue(payload, SigPayload.class);
            for (String field : FIELDS) {
                var node = payload.get(field);
                if (node != null && !node.isNull()) {
                    boolean list = field.equals("chairs") || field.equals("techLeads") || field.equals("repositories");
                    assertThat(list ? node.isArray() : node.isTextual()).as("%s read from %s", field, node).isTrue();
                }
            }
            assertThat(read).isNotNull();
        } catch (JsonProcessingException refused) {
            // the API answers 400 for these (ApiExceptionHandler)
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(NASTY).ofMaxLength(120),
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.of("${7*7}", "#{7*7}", "<script>alert(1)</script>", "[[${T(java.lang.Runtime)}]]", "ok"));
    }

    @Provide
    Arbitrary<ObjectNode> payloads() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                texts().map(s -> (Object) NODES.textNode(s)),
                Arbitraries.integers().map(i -> (Object) NODES.numberNode(i)),
                Arbitraries.doubles().map(d -> (Object) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (Object) NODES.booleanNode(b)),
                Arbitraries.just((Object) NODES.nullNode()),
                Arbitraries.just((Object) NODES.objectNode().put("a", 1)),
                texts().list().ofMaxSize(4).map(l -> {
                    var array = NODES.arrayNode();
                    l.forEach(array::add);
                    return (Object) array;
                }),
                Arbitraries.just((Object) NODES.arrayNode().add(1).add(true).add(NODES.objectNode())),
                Arbitraries.just("ABSENT"));
        return value.list().ofSize(FIELDS.size()).map(values -> {
            ObjectNode payload = NODES.objectNode();
            for (int i = 0; i < FIELDS.size(); i++) {
                if (values.get(i) instanceof com.fasterxml.jackson.databind.JsonNode node) {
                    payload.set(FIELDS.get(i), node);
                }
            }
            return payload;
        });
    }
}
