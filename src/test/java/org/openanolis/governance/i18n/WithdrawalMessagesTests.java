package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.committee.CommitteeCaseTypes;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSource;

/**
 * The withdrawal page names the case type by its key ({@code forms.withdrawal.heading.<key>} and
 * {@code forms.withdrawal.what.<key>}): every type that can be withdrawn has both messages, and the English ones say
 * what the page always said.
 */
class WithdrawalMessagesTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final MessageSource messages = Languages.messageSource();

    static Stream<CaseType> withdrawable() {
        return Stream.of(SigCaseType.SIG_PROPOSAL, SigCaseType.LEADERSHIP_CHANGE, SigCaseType.RETIREMENT, SigCaseType.SIG,
                        CommitteeCaseTypes.REMOVAL, CommitteeCaseTypes.APPOINTMENT,
                        PartnerCaseTypes.PARTNER_APPLICATION, PartnerCaseTypes.PARTNER_REVOCATION,
                        ProjectCaseType.PROJECT_PROPOSAL, ProjectCaseType.ARCHIVING, ProjectCaseType.STAGE_CHANGE,
                        ProjectCaseType.PROJECT)
                .filter(type -> type.withdrawnMessage() != null);
    }

    @ParameterizedTest
    @MethodSource("withdrawable")
    void everyWithdrawableTypeIsNamedInBothLanguages(CaseType type) {
        Object[] name = {"Confidential AI"};
        String heading = "forms.withdrawal.heading." + type.key();
        String what = "forms.withdrawal.what." + type.key();

        assertThat(messages.getMessage(heading, name, Languages.ENGLISH))
                .isEqualTo("Withdraw the " + type.noun() + " Confidential AI");
        assertThat(messages.getMessage(what, null, Languages.ENGLISH)).isEqualTo(type.labelInSentence());
        for (String key : List.of(heading, what)) {
            assertThat(messages.getMessage(key, name, Languages.CHINESE)).as(key).containsPattern(HAN);
        }
    }
}
