package org.openanolis.governance.election.elekto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One of our elections as an Elekto election folder, the format Elekto reads from a community's "meta" repository
 * (elekto/models/meta.py): election.yaml, election_desc.md, voters.yaml and one candidate-&lt;id&gt;.md per candidate.
 * Every user string goes through {@link ElektoText}; candidate ids and the folder name through {@link ElektoNames}.
 */
public final class ElektoExport {

    static final String ELECTION = "election.yaml";
    static final String DESCRIPTION = "election_desc.md";
    static final String VOTERS = "voters.yaml";

    /** The candidate field Elekto shows on a candidate's page: our organization, as Kubernetes shows the employer. */
    static final String EMPLOYER = "employer";

    /**
     * Elekto compares these values, loaded by PyYAML as naive datetimes, with {@code datetime.now()}
     * (models/meta.py Election.status, middlewares/election.py exception_guard) and shows them followed by "UTC"
     * (templates/views/elections/single.html). So: UTC wall-clock time without an offset (an offset would make
     * PyYAML build an aware datetime that Python refuses to compare with a naive one), as in kubernetes/community
     * elections/steering/2023/election.yaml: "start_datetime: 2023-08-29 00:00:01".
     */
    static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A fixed time for zip entries, so the same election always gives the same bytes. */
    private static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ElektoExport() {
    }

    /**
     * The files of an Elekto election folder, by file name, in a stable order: election.yaml, election_desc.md
     * (Elekto shows "None" without it), voters.yaml, then candidate-&lt;id&gt;.md in the order of the candidates.
     */
    public static Map<String, String> files(ElektoElection election) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ELECTION, electionYaml(election));
        files.put(DESCRIPTION, "# " + ElektoText.markdownLine(election.title()) + "\n");
        files.put(VOTERS, votersYaml(election.voters()));
        for (ElektoElection.Candidate candidate : election.candidates()) {
            String name = candidateFileName(candidate.id());
            if (files.putIfAbsent(name, candidateFile(candidate)) != null) {
                throw new IllegalArgumentException("Candidate listed twice: " + candidate.id());
            }
        }
        return files;
    }

    /** The same files in a zip, under a folder named after the election id (made safe), for one download. */
    public static byte[] zip(ElektoElection election) {
        String folder = folderName(election) + "/";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(entry(folder));
            zip.closeEntry();
            for (Map.Entry<String, String> file : files(election).entrySet()) {
                zip.putNextEntry(entry(folder + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A zip in memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    /** The folder the files go in, in the community's Elekto meta repository (and in the zip). */
    public static String folderName(ElektoElection election) {
        return ElektoNames.safe(election.id());
    }

    /** The file of a candidate: Elekto links to "candidate-" + the front matter's ID + ".md". */
    public static String candidateFileName(String candidateId) {
        return "candidate-" + ElektoNames.safe(candidateId) + ".md";
    }

    static String datetime(Instant instant) {
        return DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String electionYaml(ElektoElection election) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: ").append(ElektoText.quoted(election.title())).append('\n');
        optional(yaml, "organization", election.organization());
        yaml.append("start_datetime: ").append(datetime(election.votingOpens())).append('\n');
        yaml.append("end_datetime: ").append(datetime(election.votingCloses())).append('\n');
        yaml.append("no_winners: ").append(election.seats()).append('\n');
        // Our ballots may leave candidates unranked, which is what Elekto's "No opinion" is for.
        yaml.append("allow_no_opinion: true\n");
        // Our ballots are secret: ask Elekto to drop the link between voters and ballots after the election.
        yaml.append("delete_after: true\n");
        // Always a list: Elekto fails on a missing one (models/meta.py showfields, elekto issue 98).
        yaml.append("show_candidate_fields:\n  - ").append(EMPLOYER).append('\n');
        list(yaml, "election_officers", election.officers());
        optional(yaml, "eligibility", election.eligibility());
        optional(yaml, "exception_description", election.exceptionDescription());
        if (election.exceptionDue() != null) {
            yaml.append("exception_due: ").append(datetime(election.exceptionDue())).append('\n');
        }
        return yaml.toString();
    }

    private static String votersYaml(List<String> voters) {
        StringBuilder yaml = new StringBuilder();
        list(yaml, "eligible_voters", voters);
        return yaml.toString();
    }

    /**
     * Front matter between "---" lines (name, ID, info as a list of one-key maps, as Elekto's candidate page reads
     * it), an empty line, then the statement: nothing in it can reach the front matter (see {@link ElektoText}).
     */
    private static String candidateFile(ElektoElection.Candidate candidate) {
        String organization = candidate.organization() == null ? "" : candidate.organization();
        String statement = candidate.statement() == null ? "" : candidate.statement();
        return "---\n"
                + "name: " + ElektoText.quoted(candidate.name()) + "\n"
                + "ID: " + ElektoText.quoted(ElektoNames.safe(candidate.id())) + "\n"
                + "info:\n"
                + "  - " + EMPLOYER + ": " + ElektoText.quoted(organization) + "\n"
                + "---\n\n"
                + ElektoText.markdownBody(statement) + "\n";
    }

    private static void optional(StringBuilder yaml, String key, String value) {
        if (value != null) {
            yaml.append(key).append(": ").append(ElektoText.quoted(value)).append('\n');
        }
    }

    private static void list(StringBuilder yaml, String key, List<String> values) {
        if (values.isEmpty()) {
            yaml.append(key).append(": []\n");
            return;
        }
        yaml.append(key).append(":\n");
        for (String value : values) {
            yaml.append("  - ").append(ElektoText.quoted(value)).append('\n');
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_ENTRY_TIME);
        return entry;
    }
}
