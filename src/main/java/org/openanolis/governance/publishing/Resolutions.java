package org.openanolis.governance.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.vote.CastBallot;
import org.openanolis.governance.vote.Tally;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The decision register as readers read it: resolutions by number, searched, or the latest, each with its closed
 * vote's record read from the vote itself. The words (the case's kind, the question) are in the reader's language.
 */
@Service
@Transactional(readOnly = true)
public class Resolutions {

    private final ResolutionRepository register;
    private final Votes votes;
    private final People people;
    private final CaseTypes caseTypes;
    private final String baseUrl;

    Resolutions(ResolutionRepository register, Votes votes, People people, CaseTypes caseTypes,
                GovernanceProperties properties) {
        this.register = register;
        this.votes = votes;
        this.people = people;
        this.caseTypes = caseTypes;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    public Optional<Resolution> find(String number) {
        return register.find(number).map(new Publication()::of);
    }

    public Page<Resolution> search(ResolutionSearch search, PageRequest page) {
        return register.search(search, page).map(new Publication()::of);
    }

    /** The latest resolutions, at most this many. */
    public List<Resolution> latest(int count) {
        return register.latest(count).stream().map(new Publication()::of).toList();
    }

    /** The kinds of case the register may hold, for a search's choices: key and name in the reader's language. */
    public List<CaseKindChoice> caseKinds() {
        return caseTypes.all().stream().map(type -> new CaseKindChoice(type.key(), kindOf(type.key()))).toList();
    }

    /** A case type's key and its name as the reader reads it. */
    public record CaseKindChoice(String key, String name) {
    }

    /**
     * Resolutions as one answer publishes them: each vote and its ballots read once (the counts are the ballots'), and
     * each person's name once however many resolutions name them.
     */
    private final class Publication {

        private final Map<String, String> names = new HashMap<>();

        Resolution of(ResolutionEntry entry) {
            Vote vote = votes.find(entry.voteId()).orElseThrow(() -> new IllegalStateException(
                    "Resolution " + entry.number() + " records vote " + entry.voteId() + ", which is gone"));
            List<CastBallot> cast = votes.ballots(vote.id());
            Tally tally = Tally.opening(vote.electorate());
            for (CastBallot ballot : cast) {
                tally = tally.with(ballot.vote());
            }
            String kind = kindOf(entry.caseType());
            return new Resolution(entry.number(), entry.decidedAt(), entry.caseType(), kind, entry.caseId(),
                    entry.caseName(), caseUrl(entry), Languages.text("resolutions.question", kind, entry.caseName()),
                    vote.threshold(), vote.electorate(), vote.quorum(), tally.approvals(), tally.rejections(),
                    tally.abstentions(), vote.recused().stream().map(this::name).toList(), vote.outcome(),
                    cast.stream().map(b -> new Resolution.Ballot(name(b.member()), b.vote(), b.reason(), b.castAt()))
                            .toList());
        }

        private String name(String person) {
            return names.computeIfAbsent(person, people::displayName);
        }
    }

    private String kindOf(String caseType) {
        return Languages.textOr(caseType, "error.kind." + caseType);
    }

    private String caseUrl(ResolutionEntry entry) {
        return caseTypes.byKey(entry.caseType())
                .map(type -> baseUrl + type.pagePath(UriUtils.encodePathSegment(entry.caseId(), UTF_8)))
                .orElse(null);
    }

    /** The keys of the case types a search may name. */
    public List<String> caseTypeKeys() {
        return caseTypes.all().stream().map(CaseType::key).toList();
    }
}
