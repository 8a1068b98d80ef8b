package org.openanolis.governance.publishing.exports;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.people.Person;
import org.openanolis.governance.sig.EmeritusLead;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.MeetingSchedule;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.system.Languages;

/**
 * The live SIGs as the Kubernetes community's {@code sigs.yaml}, in the shape its generator reads (unknown fields
 * refused) and validates: {@code dir} is {@code sig-} and the kebab-case name, {@code label} the name without it, a
 * charter link, a mission and at least one subproject with GitHub OWNERS files; leads carry github, name, company and
 * e-mail, emeritus leads no company. Our person id stands for the GitHub handle. Retired SIGs are left out, as
 * Kubernetes leaves them out of {@code sigs:} (the generator has no place for them); their reason is in openEuler's
 * {@code sig-info.yaml} and the API.
 */
public final class KubernetesSigs {

    static final String PREFIX = "sig-";

    private final PersonLookup people;
    private final MeetingLookup meetings;
    private final ExportLinks links;
    private final Locale language;

    public KubernetesSigs(PersonLookup people, MeetingLookup meetings, ExportLinks links, Locale language) {
        this.people = people;
        this.meetings = meetings;
        this.links = links;
        this.language = language;
    }

    /** The document of these SIGs, in their order. */
    public YamlDocument of(List<Sig> sigs) {
        return new YamlDocument().always("sigs", sigs.stream().map(this::group).toList());
    }

    private YamlDocument group(Sig sig) {
        String dir = sig.name().toLowerCase(Locale.ROOT);
        String stem = dir.substring(PREFIX.length());
        return new YamlDocument()
                .with("dir", dir)
                .with("name", nameFor(sig.displayName(), stem))
                .with("mission_statement", sig.mission())
                .with("charter_link", links.sigPage(sig.name()))
                .with("label", stem)
                .always("leadership", leadership(sig))
                .always("meetings", List.of(meeting(sig)))
                .always("contact", new YamlDocument().with("mailing_list", sig.mailingList()))
                .always("subprojects", subprojects(sig, dir));
    }

    /** The SIG's meeting: its day, time, zone and URL where it states a schedule, its cadence always. */
    private YamlDocument meeting(Sig sig) {
        MeetingSchedule schedule = meetings.of(sig.name()).orElse(null);
        MeetingCadence cadence = schedule == null ? sig.meetingCadence() : schedule.cadence();
        YamlDocument meeting = new YamlDocument()
                .with("description", Languages.textIn(language, "exports.meeting.description"));
        if (schedule != null) {
            meeting.with("day", schedule.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .with("time", schedule.time().toString())
                    .with("tz", schedule.timeZone().getId());
        }
        return meeting.with("frequency", cadence.name().toLowerCase(Locale.ROOT))
                .with("url", schedule == null ? null : schedule.url())
                .with("calendar_url", links.sigCalendar(sig.name()));
    }

    /**
     * The generator derives the directory from the name ({@code sig-} + lower case, spaces as hyphens): the display
     * name when it gives back our name, else the name's stem, so that the two always agree.
     */
    static String nameFor(String displayName, String stem) {
        boolean agrees = displayName != null && displayName.toLowerCase(Locale.ROOT).replace(' ', '-').equals(stem);
        return agrees ? displayName : stem;
    }

    private YamlDocument leadership(Sig sig) {
        Set<String> emeritus = new LinkedHashSet<>();
        sig.emeritusLeads().stream().map(EmeritusLead::person).forEach(emeritus::add);
        return new YamlDocument()
                .always("chairs", sig.chairs().stream().map(id -> lead(id, true)).toList())
                .with("tech_leads", sig.techLeads().stream().map(id -> lead(id, true)).toList())
                .with("emeritus_leads", emeritus.stream().map(id -> lead(id, false)).toList());
    }

    /** An emeritus lead carries no company: the generator refuses one, as it may no longer be theirs. */
    private YamlDocument lead(String id, boolean current) {
        Person person = people.find(id).orElse(null);
        YamlDocument lead = new YamlDocument().with("github", id).with("name", person == null ? id : person.name());
        if (current && person != null) {
            lead.with("company", person.organization()).with("email", person.email());
        }
        return lead;
    }

    /** Each repository a subproject owned by its OWNERS file; a SIG without one owns its community directory. */
    private List<YamlDocument> subprojects(Sig sig, String dir) {
        List<YamlDocument> subprojects = new ArrayList<>();
        for (String repository : sig.repositories()) {
            subprojects.add(new YamlDocument().with("name", links.repository(repository))
                    .always("owners", List.of(links.ownersOf(repository))));
        }
        if (subprojects.isEmpty()) {
            subprojects.add(new YamlDocument().with("name", dir)
                    .always("owners", List.of(links.ownersOfSigDirectory(dir))));
        }
        return subprojects;
    }
}
