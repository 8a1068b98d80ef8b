package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.openanolis.governance.people.People;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 4, part 4: the SIG proposal validator over generated payloads (control characters, lone surrogates,
 * expression syntax, markup, random lengths, missing fields). Driven directly, without Spring: a jqwik property
 * cannot run under Spring's JUnit 5 extension, and the validator is where every field is judged. The collaborators
 * that look things up are stubs: quinn and rita exist, no SIG or proposal clashes.
 */
class SigProposalValidatorProperties {

    private static final Set<String> FIELDS = Set.of("name", "displayName", "mission", "scopeIn", "scopeOut", "chairs",
            "techLeads", "securityContact", "meetingCadence", "mailingList", "repositories");
    private static final String NASTY = "\u0000\r\n\t\u001b\u007f\u0085\u2028\u2029\u202e\u200d\ufeff\ud800\udfff"
            + "${}#*[]()<>&\"'@~/\\-_. aZ9";

    private final SigProposalValidator validator;

    SigProposalValidatorProperties() {
        People people = mock(People.class);
        when(people.exists(any())).thenAnswer(call -> Set.of("quinn", "rita").contains(call.<String>getArgument(0)));
        validator = new SigProposalValidator(people, mock(SigDirectory.class), mock(SigProposalRepository.class));
    }

    @Property(tries = 50)
    void judgesEveryPayloadWithoutThrowingAndNamesOnlyRealFields(@ForAll("forms") SigProposalForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThatCode(() -> {
            FormVerdict verdict = validator.check(form, null);
            problems.addAll(verdict.invalid());
            problems.addAll(verdict.clashes());
        }).doesNotThrowAnyException();

        assertThat(problems).allSatisfy(p -> {
            assertThat(p.field().split("[.\\[]")[0]).isIn(FIELDS);
            assertThat(p.message()).isNotBlank();
        });
        boolean singleLineControl = Stream.of(form.name(), form.displayName(), form.securityContact(), form.mailingList())
                .anyMatch(s -> s != null && !s.isBlank() && s.codePoints().anyMatch(c -> Character.isISOControl(c)
                        || c == 0x2028 || c == 0x2029));
        boolean loneSurrogate = Stream.of(form.name(), form.displayName(), form.mission(), form.scopeIn(), form.scopeOut(),
                        form.securityContact(), form.mailingList())
                .anyMatch(s -> s != null && !s.isBlank() && s.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE));
        if (singleLineControl || loneSurrogate) {
            assertThat(problems).as("control characters or lone surrogates where they may not be").isNotEmpty();
        }
    }

    @Provide
    Arbitrary<SigProposalForm> forms() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.just("sig-valid-name"), text(60));
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.just("Confidential AI"), text(120));
        Arbitrary<String> para = Arbitraries.oneOf(Arbitraries.just("A mission.\nSecond line."), text(5000));
        Arbitrary<List<String>> people = Arbitraries.oneOf(Arbitraries.just(List.of("quinn", "rita")),
                Arbitraries.oneOf(Arbitraries.of("quinn", "rita", "nobody"), text(30)).list().ofMaxSize(6),
                Arbitraries.just((List<String>) null));
        Arbitrary<String> cadence = Arbitraries.oneOf(Arbitraries.of("WEEKLY", "MONTHLY", "weekly", "${7*7}", ""), text(20));
        Arbitrary<String> mail = Arbitraries.oneOf(Arbitraries.just("list@example.org"), text(40));
        Arbitrary<List<String>> repos = Arbitraries.oneOf(Arbitraries.just(List.of("org/repo")),
                text(40).list().ofMaxSize(60), Arbitraries.just((List<String>) null));
        return Combinators.combine(name, line, para, para, para, people, people, line)
                .as((n, d, m, in, out, chairs, leads, sec) -> new Object[] {n, d, m, in, out, chairs, leads, sec})
                .flatMap(first -> Combinators.combine(cadence, mail, repos).as((c, ml, r) -> {
                    @SuppressWarnings("unchecked")
                    SigProposalForm form = new SigProposalForm((String) first[0], (String) first[1], (String) first[2],
                            (String) first[3], (String) first[4], (List<String>) first[5], (List<String>) first[6],
                            (String) first[7], c, ml, r);
                    return form;
                }));
    }

    /** Random text from the nasty characters and any other, null included, up to {@code max} characters. */
    private static Arbitrary<String> text(int max) {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(NASTY).ofMaxLength(max),
                Arbitraries.strings().all().ofMaxLength(max),
                Arbitraries.of("${7*7}", "#{7*7}", "<script>alert(1)</script>", "[[${T(java.lang.Runtime)}]]",
                        "x\r\nBcc: evil@example.org", "\ud83d\ude80\u200d", "\u202eevil"),
                Arbitraries.just((String) null));
    }
}
