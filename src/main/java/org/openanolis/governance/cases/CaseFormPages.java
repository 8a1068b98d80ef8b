package org.openanolis.governance.cases;

import java.security.Principal;
import java.util.function.Function;

import org.openanolis.governance.casetype.CaseType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import lombok.RequiredArgsConstructor;

/**
 * The proposal and revision forms of every kind, as far as they are the same: a new case's form posts to the
 * collection; a revision is offered only to the proposer while changes are requested (who first, then the state, as
 * the API answers), filled with the case's details, posts to {@code <page>/revision} and leads back to the case.
 */
@Component
@RequiredArgsConstructor
public class CaseFormPages {

    private final CaseLifecycle lifecycle;

    /**
     * The case, with its details in the form's model attribute, if this person may revise it now.
     *
     * @param input the form's input filled from the details
     */
    public <C extends CaseRecord<?, D>, D extends CaseDetails> C fill(CaseKind<C> kind, String id, Principal principal,
                                                                      String attribute, Function<D, ?> input,
                                                                      Model model) {
        C c = revisable(kind, id, principal);
        model.addAttribute(attribute, input.apply(c.getDetails()));
        return c;
    }

    /** The case, if this person may revise it now; the form keeps what they typed. */
    public <C extends CaseRecord<?, ?>> C revisable(CaseKind<C> kind, String id, Principal principal) {
        return lifecycle.revisable(kind, id, principal.getName());
    }

    /**
     * The form page proposing a new case: where it posts; answers the form's template. The template writes its
     * heading and buttons itself, in the reader's language, and knows a new case by the absence of {@code caseUrl}.
     */
    public String proposing(CaseType type, String template, Model model) {
        model.addAttribute("action", "/" + type.collection());
        return template;
    }

    /**
     * The form page revising {@code c}: where it posts, the case it leads back to and the case's name as it stands
     * (the form's own fields hold what the proposer is typing); answers the form's template.
     */
    public String revising(CaseType type, CaseRecord<?, ?> c, String template, Model model) {
        model.addAttribute("action", type.pagePath(c.getId()) + "/revision");
        model.addAttribute("caseUrl", type.pagePath(c.getId()));
        model.addAttribute("caseName", c.caseName());
        return template;
    }
}
