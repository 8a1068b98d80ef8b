package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.committee.CommitteeCaseTypes;
import org.openanolis.governance.election.ElectionCaseType;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.Languages;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The refusals the code words (problem details, the portal's error pages) exist in both languages: every
 * {@code "error.…"} key written in the sources is a message in English and in Chinese, a key the code completes with
 * a case type's key ({@code "error.kind." + type.key()}) has a message for every case type, and English says what it
 * said before the messages, the case types' own words included.
 */
class ErrorMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY = Pattern.compile("\"(error\\.[A-Za-z0-9_.-]+)\"");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static final List<CaseType> CASE_TYPES = List.of(SigCaseType.SIG_PROPOSAL, SigCaseType.LEADERSHIP_CHANGE,
            SigCaseType.RETIREMENT, SigCaseType.SIG, ProjectCaseType.PROJECT_PROPOSAL, ProjectCaseType.ARCHIVING,
            ProjectCaseType.STAGE_CHANGE, ProjectCaseType.PROJECT, PartnerCaseTypes.PARTNER_APPLICATION,
            PartnerCaseTypes.PARTNER_REVOCATION, CommitteeCaseTypes.REMOVAL, CommitteeCaseTypes.APPOINTMENT,
            ElectionCaseType.ELECTION);

    @AfterEach
    void leaveTheRequestsLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyErrorKeyTheSourcesUseIsAMessageInBothLanguages() throws IOException {
        Properties english = messages("");
        Properties chinese = messages("_zh_CN");
        Set<String> keys = keysInSources();
        assertThat(keys).as("the sources word their refusals through error.* messages").hasSizeGreaterThan(50);

        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            // A key ending in a dot is completed with a case type's key: every case type needs its message.
            List<String> complete = key.endsWith(".")
                    ? portalKinds(english).stream().map(type -> key + type).toList() : List.of(key);
            for (String message : complete) {
                if (!english.containsKey(message)) {
                    missing.add(message + " (English)");
                }
                if (!chinese.containsKey(message)) {
                    missing.add(message + " (Chinese)");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCaseTypeHasItsWordsAndEnglishKeepsTheTypesOwn() throws IOException {
        assertThat(CASE_TYPES.stream().map(CaseType::key)).containsExactlyInAnyOrderElementsOf(
                portalKinds(messages("")));
        for (CaseType type : CASE_TYPES) {
            assertThat(CaseWords.kind(type)).as(type.key()).isEqualTo(type.labelInSentence());
            assertThat(CaseWords.label(type)).as(type.key()).isEqualTo(type.label());
            assertThat(CaseWords.noun(type)).as(type.key()).isEqualTo(type.noun());
            assertThat(CaseWords.aNoun(type)).as(type.key()).isEqualTo(type.aNoun());
            assertThat(CaseWords.proposer(type)).as(type.key()).isEqualTo(type.proposerRole());
        }
    }

    /** MessageFormat swallows a lone quote in a message with arguments: "someone else's" must be written '' there. */
    @Test
    void messagesWithArgumentsDoubleTheirQuotes() throws IOException {
        for (String suffix : List.of("", "_zh_CN")) {
            Properties bundle = load("i18n/errors" + suffix + ".properties");
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (message.contains("{0")) {
                    assertThat(LONE_QUOTE.matcher(message).find()).as("%s%s: %s", key, suffix, message).isFalse();
                }
            }
        }
    }

    @Test
    void englishRefusalsReadAsBefore() {
        assertThat(Languages.text("error.case.not-withdrawable", CaseWords.status("WITHDRAWN"),
                CaseWords.noun(SigCaseType.SIG_PROPOSAL))).isEqualTo("A WITHDRAWN proposal can no longer be withdrawn");
        assertThat(Languages.text("error.case.only-proposer-may-withdraw",
                CaseWords.proposer(PartnerCaseTypes.PARTNER_APPLICATION),
                CaseWords.aNoun(PartnerCaseTypes.PARTNER_APPLICATION)))
                .isEqualTo("Only the applicant may withdraw an application");
        assertThat(Languages.text("error.case.none", CaseWords.kind(ProjectCaseType.PROJECT_PROPOSAL), "p-1"))
                .isEqualTo("No project proposal p-1");
        assertThat(Languages.text("error.sig.report-first", 2026, "sig-x"))
                .isEqualTo("Write the achievements and plans of the 2026 report first, at /sigs/sig-x/reports/2026");
        assertThat(Languages.text("error.sig.only-self-may-step-down", "rita"))
                .isEqualTo("Only rita may step down; a change of someone else's role is proposed as a leadership "
                        + "change");
        assertThat(Languages.text("error.open-case-limit", 1000, 1000)).startsWith("You have 1000 open cases");
        assertThat(Languages.text("error.sig.retirement-already-proposed"))
                .isEqualTo("The SIG's retirement is already proposed");
    }

    @Test
    void chineseRefusalsSayTheStatusAndTheCaseInChinese() {
        LocaleContextHolder.setLocale(Languages.CHINESE);

        assertThat(Languages.text("error.case.not-withdrawable", CaseWords.status("WITHDRAWN"),
                CaseWords.noun(SigCaseType.SIG_PROPOSAL))).isEqualTo("该提案当前为“已撤回”，已不能撤回");
        assertThat(Languages.text("error.case.none", CaseWords.kind(ProjectCaseType.PROJECT_PROPOSAL), "p-1"))
                .isEqualTo("找不到项目提案 p-1");
        assertThat(Languages.text("error.sig.report-first", 2026, "sig-x")).contains("2026 年度报告")
                .doesNotContain("2,026");
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    /** The case types the portal names (portal.kind.<CASE_TYPE>): every one a refusal may have to name too. */
    private static Set<String> portalKinds(Properties english) {
        Set<String> kinds = new TreeSet<>();
        english.stringPropertyNames().stream().filter(k -> k.startsWith("portal.kind."))
                .forEach(k -> kinds.add(k.substring("portal.kind.".length())));
        return kinds;
    }

    /** Every bundle's messages in one language: a key may live in any bundle, as Languages reads them all. */
    private static Properties messages(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : Languages.BUNDLES) {
            all.putAll(load(bundle + suffix + ".properties"));
        }
        return all;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
