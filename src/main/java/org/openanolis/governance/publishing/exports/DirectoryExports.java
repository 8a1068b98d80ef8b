package org.openanolis.governance.publishing.exports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.openanolis.governance.onboarding.MaturityLogEntry;
import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.people.People;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigMeetings;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory exports as YAML text, read from the SIG and project directories at the moment of asking: what the
 * directories say, the exports say. Words the exports add (a meeting's description) are in the reader's language.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ExportProperties.class)
public class DirectoryExports {

    private final SigDirectory sigs;
    private final ProjectDirectory projects;
    private final ProjectProposals proposals;
    private final ProjectArchivings archivings;
    private final People people;
    private final SigMeetings meetings;
    private final ExportProperties properties;
    private final ExportLinks links;
    private final Clock clock;

    DirectoryExports(SigDirectory sigs, ProjectDirectory projects, ProjectProposals proposals,
                     ProjectArchivings archivings, People people, SigMeetings meetings, ExportProperties properties,
                     GovernanceProperties governance, Clock clock) {
        this.sigs = sigs;
        this.projects = projects;
        this.proposals = proposals;
        this.archivings = archivings;
        this.people = people;
        this.meetings = meetings;
        this.properties = properties;
        this.links = new ExportLinks(governance.baseUrl(), properties);
        this.clock = clock;
    }

    /** Every live SIG (ACTIVE or INACTIVE) as the Kubernetes {@code sigs.yaml}. */
    public String kubernetesSigs() {
        return new KubernetesSigs(people::find, meetings::of, links, Languages.current()).of(all(sigs::list)).write();
    }

    /** The SIG of this name, in any state, as openEuler's {@code sig-info.yaml}. */
    public Optional<String> openEulerSigInfo(String name) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return sigs.find(name).map(sig -> new OpenEulerSigInfo(people::find, meetings::of, links, today).of(sig).write());
    }

    /** Every listed project, archived ones included, as the landscape's {@code data.yml}. */
    public String landscapeData() {
        return new LandscapeData(properties.landscapeCategory())
                .of(all(projects::list).stream().map(this::listing).toList()).write();
    }

    /** The project of this name, in any stage, as its {@code .project/project.yaml}. */
    public Optional<String> projectYaml(String name) {
        return projects.find(name).map(p -> new DotProject(links, properties.landscapeCategory()).of(listing(p)).write());
    }

    private ProjectListing listing(Project project) {
        String website = latest(project, ProjectStage.SANDBOX)
                .flatMap(entry -> proposals.find(entry.caseId())).map(p -> p.getDetails().website()).orElse(null);
        String sponsor = sigs.find(project.sponsorSig()).map(Sig::displayName).orElse(project.sponsorSig());
        String reason = project.status() == ProjectStage.ARCHIVED
                ? latest(project, ProjectStage.ARCHIVED).flatMap(entry -> archivings.reasonOf(entry.caseId())).orElse(null)
                : null;
        return new ProjectListing(project, website, sponsor, reason);
    }

    private static Optional<MaturityLogEntry> latest(Project project, ProjectStage stage) {
        return project.maturityLog().stream().filter(e -> e.stage() == stage).reduce((first, second) -> second);
    }

    /** Every entry of a directory, a page at a time. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> directory) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.LARGEST_FIRST;
        while (true) {
            Page<T> page = directory.apply(request);
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
            request = new PageRequest(request.page() + 1, request.size());
        }
    }
}
