package org.openanolis.governance.election.elekto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ElektoExportTests {

    private static final Path GOLDEN = Path.of("src/test/resources/elections/elekto/steering-2025");

    /** Strings a hostile user could type as a title, a name, an organization or an id. */
    static final List<String> HOSTILE = List.of(
            "He said \"hi\": \\ back\\slash 'single'",
            "line one\nline two\r\nline three\rfour",
            "---\nID: evil\n---",
            "--name --n ---",
            "&a anchor *a alias",
            "!!python/object/apply:os.system ['id']",
            "- leading dash",
            "张三（中文）：委员会",
            "# comment", "key: value", "[1, 2]", "{a: b}", "| block", "> folded", "%TAG ! tag:x", "@at `tick`",
            "true", "123", "0x1F", "2025-01-01", "~", "null", "=", "", " spaced ", "tab\there",
            "nel\u0085ls\u2028ps\u2029end", "nul\u0000bel\u0007del\u007f", "\uFEFFbom", "emoji 😀",
            "lone \uD800 surrogate");

    @Test
    void smallElectionIsExactlyTheGoldenFolder() throws IOException {
        Map<String, String> files = ElektoExport.files(ElektoTestElections.small());

        List<String> golden;
        try (Stream<Path> paths = Files.list(GOLDEN)) {
            golden = paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files.keySet()).containsExactly("election.yaml", "election_desc.md", "voters.yaml",
                "candidate-carol.md", "candidate-wang__wu.md");
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(golden);
        for (String name : golden) {
            assertThat(files.get(name)).as(name).isEqualTo(Files.readString(GOLDEN.resolve(name)));
        }
    }

    @Test
    void electionYamlReadsBackToTheSameValuesWhateverTheUserTyped() {
        for (String hostile : HOSTILE) {
            ElektoElection election = ElektoTestElections.with(hostile);

            Map<String, Object> yaml = load(ElektoExport.files(election).get("election.yaml"));

            assertThat(yaml).as(hostile).containsOnlyKeys("name", "organization", "start_datetime", "end_datetime",
                    "no_winners", "allow_no_opinion", "delete_after", "show_candidate_fields", "election_officers",
                    "eligibility", "exception_description", "exception_due");
            assertThat(yaml.get("name")).as(hostile).isEqualTo(hostile);
            assertThat(yaml.get("organization")).isEqualTo(hostile);
            assertThat(yaml.get("eligibility")).isEqualTo(hostile);
            assertThat(yaml.get("exception_description")).isEqualTo(hostile);
            assertThat(yaml.get("election_officers")).isEqualTo(List.of(hostile, "bob"));
            assertThat(yaml.get("no_winners")).isEqualTo(2);
            assertThat(yaml.get("allow_no_opinion")).isEqualTo(true);
            assertThat(yaml.get("delete_after")).isEqualTo(true);
            assertThat(yaml.get("show_candidate_fields")).isEqualTo(List.of("employer"));
            // A timestamp without an offset is read as UTC, as Elekto shows it ("... UTC" in single.html).
            assertThat(((Date) yaml.get("start_datetime")).toInstant()).isEqualTo(election.votingOpens());
            assertThat(((Date) yaml.get("end_datetime")).toInstant()).isEqualTo(Instant.parse("2025-03-15T12:00:00Z"));
            assertThat(((Date) yaml.get("exception_due")).toInstant()).isEqualTo(election.exceptionDue());
        }
    }

    @Test
    void votersYamlListsEveryVoterVerbatim() {
        ElektoElection election = ElektoTestElections.withVoters(HOSTILE);

        Map<String, Object> yaml = load(ElektoExport.files(election).get("voters.yaml"));

        assertThat(yaml).containsOnlyKeys("eligible_voters");
        assertThat(yaml.get("eligible_voters")).isEqualTo(HOSTILE);
    }

    @Test
    void noVotersAndNoOfficersAreStillLists() {
        ElektoElection election = ElektoTestElections.withVoters(List.of());

        Map<String, String> files = ElektoExport.files(election);

        assertThat(load(files.get("voters.yaml")).get("eligible_voters")).isEqualTo(List.of());
    }

    @Test
    void candidateFrontMatterAndStatementAreWhatElektoReads() {
        for (String hostile : HOSTILE) {
            String statement = "---\nname: evil\nID: evil\n---\n" + hostile + "\nrun kubectl --namespace x\n"
                    + "<script>alert(1)</script>\n- a list\n\n---\nlast words -";
            ElektoElection.Candidate candidate = new ElektoElection.Candidate(hostile, hostile, hostile, statement);
            ElektoElection election = ElektoTestElections.withCandidates(List.of(candidate));
            String fileName = ElektoExport.candidateFileName(hostile);

            String file = ElektoExport.files(election).get(fileName);

            Map<String, Object> frontMatter = load(ElektoReading.frontMatter(file));
            assertThat(frontMatter).as(hostile).containsOnlyKeys("name", "ID", "info");
            assertThat(frontMatter.get("name")).as(hostile).isEqualTo(hostile);
            assertThat(frontMatter.get("ID")).isEqualTo(ElektoNames.safe(hostile));
            assertThat(fileName).isEqualTo("candidate-" + frontMatter.get("ID") + ".md");
            assertThat(frontMatter.get("info")).isEqualTo(List.of(Map.of("employer", hostile)));
            assertThat(file).startsWith("---\n");

            String shown = ElektoReading.statement(file);
            assertThat(shown).doesNotContain("<script>").doesNotContain("--");
            String normalized = statement.replace("\r\n", "\n").replace('\r', '\n');
            assertThat(shown.replace(String.valueOf(ElektoText.WORD_JOINER), "").replace("&lt;", "<"))
                    .isEqualTo(normalized);
        }
    }

    @Test
    void missingOrganizationAndStatementStillMakeAFileElektoReads() {
        ElektoElection.Candidate candidate = new ElektoElection.Candidate("erin", "Erin", null, null);

        String file = ElektoExport.files(ElektoTestElections.withCandidates(List.of(candidate)))
                .get("candidate-erin.md");

        assertThat(load(ElektoReading.frontMatter(file)).get("info")).isEqualTo(List.of(Map.of("employer", "")));
        assertThat(ElektoReading.statement(file)).isEmpty();
    }

    @Test
    void zipHoldsTheSameFilesUnderTheElectionFolder() throws IOException {
        ElektoElection election = ElektoTestElections.small();

        Map<String, String> zipped = unzip(ElektoExport.zip(election));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("steering-2025/", "");
        ElektoExport.files(election).forEach((name, text) -> expected.put("steering-2025/" + name, text));
        assertThat(zipped).containsExactlyEntriesOf(expected);
        assertThat(ElektoExport.zip(election)).as("same election, same bytes").isEqualTo(ElektoExport.zip(election));
    }

    @Test
    void hostileElectionIdCannotLeaveTheZipFolder() throws IOException {
        for (String id : List.of("..", "../../etc", "/abs", "a/b", "a---b", "C:\\x", ".hidden")) {
            Map<String, String> zipped = unzip(ElektoExport.zip(ElektoTestElections.withId(id)));

            String folder = ElektoNames.safe(id);
            assertThat(folder).as(id).matches("[A-Za-z0-9_-]+").doesNotContain("--");
            assertThat(zipped.keySet()).as(id).allMatch(name -> name.startsWith(folder + "/"));
        }
    }

    static Map<String, Object> load(String yaml) {
        // The safe constructor refuses tags such as !!python/object: a value must come back as the string it was.
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static List<String> hostileAndPlain() {
        List<String> all = new ArrayList<>(HOSTILE);
        all.add("plain");
        return all;
    }
}
