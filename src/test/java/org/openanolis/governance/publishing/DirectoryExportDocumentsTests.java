package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.onboarding.MaturityLogEntry;
import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.publishing.exports.DotProject;
import org.openanolis.governance.publishing.exports.ExportLinks;
import org.openanolis.governance.publishing.exports.ExportProperties;
import org.openanolis.governance.publishing.exports.KubernetesSigs;
import org.openanolis.governance.publishing.exports.MeetingLookup;
import org.openanolis.governance.publishing.exports.LandscapeData;
import org.openanolis.governance.publishing.exports.OpenEulerSigInfo;
import org.openanolis.governance.publishing.exports.PersonLookup;
import org.openanolis.governance.publishing.exports.ProjectListing;
import org.openanolis.governance.sig.EmeritusLead;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.Retirement;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.system.Languages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The four export writers on fixed directory data: each document equals its golden file
 * (src/test/resources/exports/golden/), follows its format's JSON Schema, and the Kubernetes rules accept the SIGs;
 * a document breaking a format's rules is refused by its schema, so that the checks can fail.
 */
class DirectoryExportDocumentsTests {

    private static final ExportLinks LINKS = new ExportLinks("https://governance.example.org/",
            new ExportProperties("openanolis", "main", "community", "OpenAnolis"));
    private static final LocalDate TODAY = LocalDate.parse("2027-10-01");

    private static final Map<String, Person> PEOPLE = Map.of(
            "quinn", new Person("quinn", "Quinn Qiu", "quinn@example.org", "Acme Cloud"),
            "rita", new Person("rita", "Rita Rao", "rita@example.org", "Community Foundation"),
            "tom", new Person("tom", "Tom Tan", "tom@example.org", "Stark Industries"),
            "uma", new Person("uma", "Uma Ueda", "uma@example.org", "Acme Cloud"));
    private static final PersonLookup LOOKUP = id -> Optional.ofNullable(PEOPLE.get(id));

    static final Sig CONFIDENTIAL_AI = new Sig("sig-confidential-ai", "Confidential AI",
            "Confidential computing for AI workloads: TEE runtimes, attestation and key release.", "TEE runtimes", null,
            List.of("quinn", "rita"), List.of("tom"),
            List.of(new EmeritusLead("uma", EmeritusLead.CHAIR, Instant.parse("2027-06-01T09:00:00Z"), "change-1")),
            "confidential-ai@lists.example.org", MeetingCadence.BIWEEKLY, List.of("attestation", "confidential-ai/runtime"),
            "ACTIVE", Instant.parse("2027-01-15T08:00:00Z"), Instant.parse("2027-06-01T09:00:00Z"), null);

    static final Sig KERNEL_TOOLS = new Sig("sig-kernel-tools", "Kernel Tools Group", "Tools for kernel developers.",
            "tracing", null, List.of("rita", "quinn"), List.of(), List.of(), null, MeetingCadence.MONTHLY, List.of(),
            "RETIRED", Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
            new Retirement("Its work moved to sig-confidential-ai: \"one SIG\" for both", Instant.parse("2027-04-02T12:00:00Z"),
                    "sig-confidential-ai", "retirement-1"));

    static final ProjectListing ENCLAVE_RUNTIME = new ProjectListing(new Project("enclave-runtime",
            "A container runtime for confidential workloads", "https://git.example.org/enclave-runtime", "Apache-2.0",
            "sig-confidential-ai", List.of("tom", "rita"), ProjectStage.INCUBATING, Instant.parse("2027-02-01T10:00:00Z"),
            "Community Foundation", false, List.of(
            new MaturityLogEntry(ProjectStage.SANDBOX, Instant.parse("2027-02-01T10:00:00Z"), "proposal-1"),
            new MaturityLogEntry(ProjectStage.INCUBATING, Instant.parse("2027-09-01T16:30:00.123Z"), "stage-1"))),
            "https://enclave.example.org", "Confidential AI", null);

    static final ProjectListing OLD_TRACER = new ProjectListing(new Project("old-tracer", "A kernel tracer",
            "https://git.example.org/old-tracer", "GPL-2.0-only", "sig-kernel-tools", List.of("quinn"),
            ProjectStage.ARCHIVED, Instant.parse("2026-01-10T10:00:00Z"), "Acme Cloud", true, List.of(
            new MaturityLogEntry(ProjectStage.SANDBOX, Instant.parse("2026-01-10T10:00:00Z"), "proposal-2"),
            new MaturityLogEntry(ProjectStage.ARCHIVED, Instant.parse("2027-05-05T00:00:00Z"), "archiving-1"))),
            null, "Kernel Tools Group", "Superseded by the upstream tracer");

    @Test
    void theKubernetesSigsFollowTheFormatAndTheGeneratorsRules() throws IOException {
        String yaml = new KubernetesSigs(LOOKUP, MeetingLookup.NONE, LINKS, Languages.ENGLISH).of(List.of(CONFIDENTIAL_AI)).write();

        assertThat(yaml).isEqualTo(golden("kubernetes-sigs.yaml", yaml));
        assertThat(ExportFormats.problems(ExportFormats.KUBERNETES, yaml)).isEmpty();
        assertThat(KubernetesRules.check(ExportFormats.tree(yaml))).isEmpty();
    }

    @Test
    void aSigWithoutRepositoriesOwnsItsCommunityDirectoryAndANameThatDoesNotGiveTheDirIsNotUsed() {
        Sig live = new Sig("sig-kernel-tools", "Kernel Tools Group", "Tools.", null, null, List.of("rita", "quinn"),
                List.of(), List.of(), null, MeetingCadence.MONTHLY, List.of(), "INACTIVE", KERNEL_TOOLS.createdAt(),
                KERNEL_TOOLS.lastActivityAt(), null);
        String yaml = new KubernetesSigs(LOOKUP, MeetingLookup.NONE, LINKS, Languages.CHINESE).of(List.of(CONFIDENTIAL_AI, live)).write();
        JsonNode tree = ExportFormats.tree(yaml);

        assertThat(tree.at("/sigs/1/name").asText()).isEqualTo("kernel-tools");
        assertThat(tree.at("/sigs/1/subprojects/0/owners/0").asText())
                .isEqualTo("https://raw.githubusercontent.com/openanolis/community/main/sig-kernel-tools/OWNERS");
        assertThat(tree.at("/sigs/0/meetings/0/description").asText()).isEqualTo("SIG 例会");
        assertThat(ExportFormats.problems(ExportFormats.KUBERNETES, tree)).isEmpty();
        assertThat(KubernetesRules.check(tree)).isEmpty();
    }

    @Test
    void aSigsMeetingScheduleGivesItsDayTimeZoneAndUrl() {
        MeetingLookup berlin = sig -> Optional.of(new MeetingSchedule(sig, "Confidential AI", DayOfWeek.THURSDAY,
                LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"), MeetingCadence.BIWEEKLY,
                "https://meet.example.org/confidential-ai", LocalDate.parse("2027-01-15")));

        JsonNode sigs = ExportFormats.tree(new KubernetesSigs(LOOKUP, berlin, LINKS, Languages.ENGLISH)
                .of(List.of(CONFIDENTIAL_AI)).write());
        assertThat(sigs.at("/sigs/0/meetings/0/day").asText()).isEqualTo("Thursday");
        assertThat(sigs.at("/sigs/0/meetings/0/time").asText()).isEqualTo("18:00");
        assertThat(sigs.at("/sigs/0/meetings/0/tz").asText()).isEqualTo("Europe/Berlin");
        assertThat(sigs.at("/sigs/0/meetings/0/url").asText()).isEqualTo("https://meet.example.org/confidential-ai");
        assertThat(ExportFormats.problems(ExportFormats.KUBERNETES, sigs)).isEmpty();
        assertThat(KubernetesRules.check(sigs)).isEmpty();

        JsonNode sigInfo = ExportFormats.tree(new OpenEulerSigInfo(LOOKUP, berlin, LINKS, TODAY).of(CONFIDENTIAL_AI)
                .write());
        assertThat(sigInfo.at("/meeting_url").asText()).isEqualTo("https://meet.example.org/confidential-ai");
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, sigInfo)).isEmpty();
    }

    @Test
    void openEulerSigInfoOfALiveAndARetiredSig() throws IOException {
        OpenEulerSigInfo writer = new OpenEulerSigInfo(LOOKUP, MeetingLookup.NONE, LINKS, TODAY);
        String live = writer.of(CONFIDENTIAL_AI).write();
        String retired = writer.of(KERNEL_TOOLS).write();

        assertThat(live).isEqualTo(golden("openeuler-sig-confidential-ai.yaml", live));
        assertThat(retired).isEqualTo(golden("openeuler-sig-kernel-tools.yaml", retired));
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, live)).isEmpty();
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, retired)).isEmpty();
        assertThat(ExportFormats.tree(retired).at("/retirement/reason").asText())
                .isEqualTo("Its work moved to sig-confidential-ai: \"one SIG\" for both");
    }

    @Test
    void theLandscapeAndTheProjectFilesCarryTheMaturityLogAndTheArchivingsReason() throws IOException {
        String landscape = new LandscapeData("OpenAnolis").of(List.of(ENCLAVE_RUNTIME, OLD_TRACER)).write();
        DotProject dotProject = new DotProject(LINKS, "OpenAnolis");
        String incubating = dotProject.of(ENCLAVE_RUNTIME).write();
        String archived = dotProject.of(OLD_TRACER).write();

        assertThat(landscape).isEqualTo(golden("landscape-data.yml", landscape));
        assertThat(incubating).isEqualTo(golden("project-enclave-runtime.yaml", incubating));
        assertThat(archived).isEqualTo(golden("project-old-tracer.yaml", archived));
        assertThat(ExportFormats.problems(ExportFormats.LANDSCAPE, landscape)).isEmpty();
        assertThat(ExportFormats.problems(ExportFormats.DOT_PROJECT, incubating)).isEmpty();
        assertThat(ExportFormats.problems(ExportFormats.DOT_PROJECT, archived)).isEmpty();
        assertThat(ExportFormats.tree(landscape).at("/categories/0/subcategories/1/items/0/extra/annotations/archived_reason")
                .asText()).isEqualTo("Superseded by the upstream tracer");
    }

    /** The schemas and the rules refuse what breaks the formats, so that their silence above means something. */
    @Test
    void documentsBreakingTheFormatsAreRefused() {
        String sigs = new KubernetesSigs(LOOKUP, MeetingLookup.NONE, LINKS, Languages.ENGLISH).of(List.of(CONFIDENTIAL_AI)).write();
        assertThat(ExportFormats.problems(ExportFormats.KUBERNETES, sigs.replace("label: confidential-ai",
                "label: confidential-ai\n  unknown_field: x"))).isNotEmpty();
        assertThat(KubernetesRules.check(ExportFormats.tree(sigs.replace("dir: sig-confidential-ai", "dir: sig-other"))))
                .isNotEmpty();
        assertThat(KubernetesRules.check(ExportFormats.tree(sigs.replace("name: Tom Tan", "name: Thomas Tan")
                .replaceFirst("name: Quinn Qiu", "name: Q. Qiu")))).isEmpty();
        String sigInfo = new OpenEulerSigInfo(LOOKUP, MeetingLookup.NONE, LINKS, TODAY).of(KERNEL_TOOLS).write();
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, sigInfo.replace("created_on: '2025-03-01'",
                "created_on: 2025-3-1"))).isNotEmpty();
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, sigInfo.replaceAll("(?s)retirement:.*?maintainers:",
                "maintainers:"))).isNotEmpty();
        String landscape = new LandscapeData("OpenAnolis").of(List.of(OLD_TRACER)).write();
        assertThat(ExportFormats.problems(ExportFormats.LANDSCAPE, landscape.replace("project: archived",
                "project: retired"))).isNotEmpty();
        assertThat(ExportFormats.problems(ExportFormats.LANDSCAPE, landscape.replaceAll("(?s)    annotations:.*$", "")))
                .isNotEmpty();
        String project = new DotProject(LINKS, "OpenAnolis").of(OLD_TRACER).write();
        assertThat(ExportFormats.problems(ExportFormats.DOT_PROJECT, project.replace("phase: archived", "phase: retired")))
                .isNotEmpty();
    }

    /**
     * The golden file's text; where it differs, the document written now is left in target/exports/ to be compared
     * (and, when the change is meant, copied over the golden file).
     */
    private static String golden(String file, String actual) throws IOException {
        try (InputStream in = DirectoryExportDocumentsTests.class.getResourceAsStream("/exports/golden/" + file)) {
            String expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path written = Path.of("target", "exports", file);
                Files.createDirectories(written.getParent());
                Files.writeString(written, actual);
            }
            return expected;
        }
    }
}
