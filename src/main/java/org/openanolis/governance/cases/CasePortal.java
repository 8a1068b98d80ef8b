package org.openanolis.governance.cases;

import java.security.Principal;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.portal.CaseDiagram;
import org.openanolis.governance.portal.CommentInput;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.portal.SeeOther;
import org.openanolis.governance.portal.WithdrawalInput;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's pages every kind of case has alike: the case's page (readable by everyone signed in, as the API's GET
 * is), the diagram it draws, and the proposer's withdrawal. A feature binds them to its type with a subclass that
 * carries {@code @PortalController} and {@code @RequestMapping("/<collection>")}, and names its page's template.
 */
public abstract class CasePortal<C extends CaseRecord<?, ?>> {

    private final CaseKind<C> kind;
    private final CasePageParts parts;
    private final String template;
    private final String attribute;

    /**
     * @param template  the case page's template
     * @param attribute the model attribute it reads the case from
     */
    protected CasePortal(CaseKind<C> kind, CasePageParts parts, String template, String attribute) {
        this.kind = kind;
        this.parts = parts;
        this.template = template;
        this.attribute = attribute;
    }

    /** How the withdrawal page names the case. */
    protected String shownName(C c) {
        return c.localizedName();
    }

    @GetMapping("/{id}")
    public String page(@PathVariable String id, Principal principal, Model model) {
        C c = require(id);
        boolean proposer = c.getProposer().equals(principal.getName());
        model.addAttribute(attribute, c);
        model.addAttribute("activity", parts.pages().activity(kind.type().key(), id, c.getProcessInstanceId(),
                principal.getName()));
        model.addAttribute("canRevise", proposer && c.getStatus().awaitsRevision());
        model.addAttribute("canWithdraw", proposer && c.getStatus().isOpen());
        model.addAttribute("comments", parts.comments().of(kind.type().key(), id));
        model.addAttribute("canComment", c.getStatus().takesComments());
        model.addAttribute("commentAction", kind.type().pagePath(id) + "/comments");
        if (!model.containsAttribute("comment")) {
            model.addAttribute("comment", new CommentInput());
        }
        return template;
    }

    /** A comment during the public comment period; refused (the page again with its problem) when invalid. */
    @PostMapping("/{id}/comments")
    public ModelAndView comment(@PathVariable String id, @ModelAttribute("comment") CommentInput input,
                                BindingResult result, Principal principal, Model model) {
        return FormPosts.posted(() -> {
            parts.comments().add(kind, id, principal.getName(), input.getText());
            return kind.type().pagePath(id) + "#comments";
        }, problems -> FormProblems.reject(problems, result, CommentInput::shown), () -> page(id, principal, model));
    }

    /** What diagram.js draws. */
    @GetMapping(path = "/{id}/diagram", produces = "application/json")
    @ResponseBody
    public CaseDiagram diagram(@PathVariable String id) {
        return parts.diagrams().of(require(id).getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException(
                        Languages.text("error.case.no-process", CaseWords.label(kind.type()), id)));
    }

    /**
     * The confirmation, offered only where the post would be accepted (who first, then the state, as the API
     * answers): nobody fills in a reason only to be refused. The post itself is decided by the lifecycle.
     */
    @GetMapping("/{id}/withdrawal")
    public String withdrawal(@PathVariable String id, Principal principal, Model model) {
        C c = require(id);
        CaseType type = kind.type();
        if (!c.getProposer().equals(principal.getName())) {
            throw new ForbiddenException(Languages.text("error.case.only-proposer-may-withdraw",
                    CaseWords.proposer(type), CaseWords.aNoun(type)));
        }
        if (!c.getStatus().isOpen()) {
            throw new ConflictException(Languages.text("error.case.not-withdrawable", CaseWords.status(c.getStatus()),
                    CaseWords.noun(type)));
        }
        model.addAttribute("withdrawal", new WithdrawalInput());
        return withdrawing(c, model);
    }

    @PostMapping("/{id}/withdrawal")
    public ModelAndView withdraw(@PathVariable String id, @ModelAttribute("withdrawal") WithdrawalInput input,
                                 BindingResult result, Principal principal, Model model) {
        C c = require(id);
        try {
            parts.lifecycle().withdraw(kind, id, principal.getName(), input.getReason());
            return new ModelAndView(SeeOther.to(kind.type().pagePath(id)));
        } catch (InvalidInputException e) {
            FormProblems.reject(e.problems(), result, WithdrawalInput::shown);
            ModelAndView page = new ModelAndView(withdrawing(c, model));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    private String withdrawing(C c, Model model) {
        CaseType type = kind.type();
        model.addAttribute("caseType", type.key());
        model.addAttribute("headingName", c.localizedName());
        model.addAttribute("caseName", shownName(c));
        model.addAttribute("caseStatus", c.getStatus().name());
        model.addAttribute("action", type.pagePath(c.getId()) + "/withdrawal");
        model.addAttribute("caseUrl", type.pagePath(c.getId()));
        return WithdrawalInput.PAGE;
    }

    private C require(String id) {
        return kind.store().find(id)
                .orElseThrow(() -> new NotFoundException(
                        Languages.text("error.case.none-here", CaseWords.kind(kind.type()), id)));
    }
}
