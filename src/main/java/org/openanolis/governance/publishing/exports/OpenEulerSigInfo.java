package org.openanolis.governance.publishing.exports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.people.Person;
import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.Retirement;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigCaseType;

/**
 * One SIG as openEuler's {@code sig-info.yaml}: name, description (the mission), {@code created_on} as an ISO date,
 * mailing list, maturity, maintainers (its chairs and tech leads: our person id stands for the gitee id) and its
 * repositories as {@code org/name}, and {@code meeting_url} where the SIG's meeting schedule gives one. We add {@code status} ({@code active}, {@code inactive}, {@code retired}) and, for a
 * retired SIG, {@code retirement} with its reason, date, successor and the deciding case: openEuler's tools read the
 * fields they know.
 */
public final class OpenEulerSigInfo {

    /** openEuler's maturity of a SIG: {@code startup} in its first year, {@code mature} from then on. */
    static final String STARTUP = "startup";
    static final String MATURE = "mature";

    private final PersonLookup people;
    private final MeetingLookup meetings;
    private final ExportLinks links;
    private final LocalDate today;

    public OpenEulerSigInfo(PersonLookup people, MeetingLookup meetings, ExportLinks links, LocalDate today) {
        this.people = people;
        this.meetings = meetings;
        this.links = links;
        this.today = today;
    }

    public YamlDocument of(Sig sig) {
        LocalDate created = date(sig);
        return new YamlDocument()
                .with("name", sig.name())
                .with("description", sig.mission())
                .with("created_on", created.toString())
                .with("mailing_list", sig.mailingList())
                .with("meeting_url", meetings.of(sig.name()).map(MeetingSchedule::url).orElse(null))
                .with("mature_level", created.plusYears(1).isAfter(today) ? STARTUP : MATURE)
                .with("status", sig.status().toLowerCase(Locale.ROOT))
                .with("retirement", retirement(sig.retirement()))
                .always("maintainers", maintainers(sig))
                .always("repositories", sig.repositories().isEmpty() ? List.of()
                        : List.of(new YamlDocument().always("repo",
                        sig.repositories().stream().map(links::repository).toList())));
    }

    private static LocalDate date(Sig sig) {
        return LocalDate.ofInstant(sig.createdAt(), ZoneOffset.UTC);
    }

    private List<YamlDocument> maintainers(Sig sig) {
        Set<String> leads = new LinkedHashSet<>(sig.chairs());
        leads.addAll(sig.techLeads());
        return leads.stream().map(this::maintainer).toList();
    }

    private YamlDocument maintainer(String id) {
        Person person = people.find(id).orElse(null);
        YamlDocument maintainer = new YamlDocument().with("gitee_id", id).with("name", person == null ? id : person.name());
        if (person != null) {
            maintainer.with("organization", person.organization()).with("email", person.email());
        }
        return maintainer;
    }

    private YamlDocument retirement(Retirement retirement) {
        if (retirement == null) {
            return null;
        }
        return new YamlDocument()
                .with("reason", retirement.reason())
                .with("retired_on", LocalDate.ofInstant(retirement.retiredAt(), ZoneOffset.UTC).toString())
                .with("successor", retirement.successorSig())
                .with("decision", retirement.caseId() == null ? null
                        : links.casePage(SigCaseType.RETIREMENT, retirement.caseId()));
    }
}
