package org.openanolis.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.committee.Appointment;
import org.openanolis.governance.committee.Removal;
import org.openanolis.governance.onboarding.ArchivingProposal;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.onboarding.StageChangeProposal;
import org.openanolis.governance.sig.LeadershipChange;
import org.openanolis.governance.sig.RetirementProposal;
import org.openanolis.governance.system.Languages;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The names the system makes for cases: in English exactly the stable {@link CaseDetails#caseName()} that mails'
 * subjects, processes and the API carry, in Chinese the same name in Chinese words around the data.
 */
class CaseNameMessagesTests {

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(new Removal("alice", "gone", "Alice Chen (alice)"), "Removal of Alice Chen (alice)",
                        "罢免 Alice Chen (alice)"),
                Arguments.of(new Removal("alice", "proposed before names were kept"), "Removal of alice", "罢免 alice"),
                Arguments.of(new Appointment("carol", "why", "Carol Li (carol)"), "Appointment of Carol Li (carol)",
                        "任命 Carol Li (carol)"),
                Arguments.of(new Appointment("carol", "why"), "Appointment of carol", "任命 carol"),
                Arguments.of(new LeadershipChange("sig-kernel", List.of("bob"), List.of(), List.of(), List.of(), "r"),
                        "sig-kernel leadership", "sig-kernel 负责人变更"),
                Arguments.of(new RetirementProposal("sig-kernel", "r", null), "sig-kernel retirement",
                        "sig-kernel 退役"),
                Arguments.of(new ArchivingProposal("lifsea", "r"), "lifsea archiving", "lifsea 归档"),
                Arguments.of(new StageChangeProposal("lifsea", ProjectStage.INCUBATING, List.of(), null, null, null),
                        "lifsea to INCUBATING", "lifsea 转入孵化阶段"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void aNameMadeOfWordsReadsInTheReadersLanguageAndIsTheStableNameInEnglish(CaseDetails details, String english,
                                                                               String chinese) {
        assertThat(details.caseName()).isEqualTo(english);
        assertThat(Languages.messages().getMessage(details.nameMessage(), Languages.ENGLISH)).isEqualTo(english);
        assertThat(Languages.messages().getMessage(details.nameMessage(), Languages.CHINESE)).isEqualTo(chinese);

        assertThat(details.localizedName()).as("outside a request").isEqualTo(english);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-CN"));
        assertThat(details.localizedName()).isEqualTo(chinese);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(details.localizedName()).isEqualTo(english);
    }

    @ParameterizedTest
    @MethodSource("everyStage")
    void everyStageAProjectMayMoveToHasItsName(ProjectStage stage) {
        StageChangeProposal change = new StageChangeProposal("lifsea", stage, List.of(), null, null, null);

        assertThat(Languages.messages().getMessage(change.nameMessage(), Languages.ENGLISH))
                .isEqualTo(change.caseName());
        assertThat(Languages.messages().getMessage(change.nameMessage(), Languages.CHINESE))
                .startsWith("lifsea ").doesNotContain(stage.name());
    }

    static Stream<ProjectStage> everyStage() {
        return Stream.of(ProjectStage.values());
    }
}
