package org.openanolis.governance.sig;

import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Who may propose a decision about a SIG (DOMAIN.md "Life after entry", SIGs): a chair of the SIG while it is live,
 * or the committee chair. Asked before a form is shown and again when a proposal arrives.
 */
@Component
@RequiredArgsConstructor
class SigStewards {

    private final SigDirectory directory;
    private final People people;

    boolean mayPropose(String sig, String person) {
        return people.isMember(person, Groups.COMMITTEE_CHAIR)
                || directory.find(sig).filter(s -> directory.isLive(s.name()))
                .map(s -> s.chairs().contains(person)).orElse(false);
    }

    /** {@code refusal} is the message that says who may propose it: {@code error.sig.only-chair-may-propose-<what>}. */
    void require(String sig, String person, String refusal) {
        if (!mayPropose(sig, person)) {
            throw new ForbiddenException(Languages.text(refusal, sig));
        }
    }

    /**
     * The live SIG a proposal names, as the directory spells it, its row locked until the transaction ends, once the
     * proposer is known to be allowed; null when the proposal names no live SIG, which its validation reports.
     */
    String lockFor(String typedSig, String proposer, String refusal) {
        String sig = directory.lockNamed(typedSig).orElse(null);
        if (sig != null) {
            require(sig, proposer, refusal);
        }
        return sig;
    }
}
