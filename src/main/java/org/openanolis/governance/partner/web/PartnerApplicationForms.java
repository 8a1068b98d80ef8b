package org.openanolis.governance.partner.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseFormPages;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * The applicant's forms of partner approval: apply, and revise after changes were
 * requested (the withdrawal is every case's, CasePortal). Products
 * are rows of the form; "Add a product" posts the form back with one more empty row, so no script is needed.
 * The service judges every value; these pages show its verdict next to the fields, product by product.
 */
@PortalController
@RequiredArgsConstructor
class PartnerApplicationForms {

    private static final String FORM = "partner/application-form";
    private static final String ADD_PRODUCT = "addProduct";

    private final PartnerApplications applications;
    private final FieldLabels labels;
    private final CaseKind<PartnerApplication> kind;
    private final CaseFormPages pages;
    private final GovernanceProperties properties;

    @ModelAttribute("types")
    Map<String, String> types() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Languages.text("partners.application-form.type.choose"));
        for (String type : List.of("IHV", "OSV", "ISV")) {
            options.put(type, Languages.text("partners.application-form.type." + type));
        }
        return options;
    }

    @ModelAttribute("architectures")
    Map<String, String> architectures() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Languages.text("partners.application-form.arch.choose"));
        for (String arch : List.of("x86_64", "aarch64", "loongarch64", "riscv64")) {
            options.put(arch, arch);
        }
        return options;
    }

    @ModelAttribute("releases")
    List<String> releases() {
        return properties.partner().supportedReleases();
    }

    @ModelAttribute("agreement")
    String agreement() {
        return properties.partner().agreementVersion();
    }

    @GetMapping("/partner-applications/new")
    String newApplication(Model model) {
        model.addAttribute("partnerApplication", PartnerApplicationInput.empty());
        return applying(model);
    }

    @PostMapping(path = "/partner-applications", params = ADD_PRODUCT)
    String addProduct(@ModelAttribute("partnerApplication") PartnerApplicationInput input, Model model) {
        input.addRow();
        return applying(model);
    }

    @PostMapping("/partner-applications")
    ModelAndView submit(@ModelAttribute("partnerApplication") PartnerApplicationInput input, BindingResult result,
                        Principal principal, Model model) {
        PartnerApplicationInput.Converted converted = input.convert();
        return FormPosts.posted(
                () -> "/partner-applications/" + applications.submit(converted.form(), principal.getName()).getId(),
                problems -> showOnForm(problems, converted, result), () -> applying(model));
    }

    @GetMapping("/partner-applications/{id}/revision")
    String revision(@PathVariable String id, Principal principal, Model model) {
        return revising(pages.fill(kind, id, principal, "partnerApplication", PartnerApplicationInput::of, model),
                model);
    }

    @PostMapping(path = "/partner-applications/{id}/revision", params = ADD_PRODUCT)
    String addProductToRevision(@PathVariable String id,
                                @ModelAttribute("partnerApplication") PartnerApplicationInput input,
                                Principal principal, Model model) {
        PartnerApplication a = pages.revisable(kind, id, principal);
        input.addRow();
        return revising(a, model);
    }

    @PostMapping("/partner-applications/{id}/revision")
    ModelAndView revise(@PathVariable String id, @ModelAttribute("partnerApplication") PartnerApplicationInput input,
                        BindingResult result, Principal principal, Model model) {
        PartnerApplication a = kind.find(id);
        PartnerApplicationInput.Converted converted = input.convert();
        return FormPosts.posted(
                () -> "/partner-applications/" + applications.revise(id, converted.form(), principal.getName()).getId(),
                problems -> showOnForm(problems, converted, result), () -> revising(a, model));
    }

    private String applying(Model model) {
        return pages.proposing(kind.type(), FORM, model);
    }

    private String revising(PartnerApplication a, Model model) {
        return pages.revising(kind.type(), a, FORM, model);
    }

    /**
     * Shows the service's problems and the counts that were no numbers. A count's own problem stands in for the
     * service's "is required" on the same count, which only says that no number arrived.
     */
    private void showOnForm(List<FieldProblem> problems, PartnerApplicationInput.Converted converted,
                            BindingResult result) {
        List<FieldProblem> shown = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (FieldProblem p : converted.unreadable()) {
            shown.add(label(p.field(), p.message()));
            unreadable.add(p.field());
        }
        for (FieldProblem p : problems) {
            FieldProblem onPage = onPage(p, converted.rows());
            if (onPage == null || !unreadable.contains(onPage.field())) {
                shown.add(onPage == null ? new FieldProblem(null, Languages.text("forms.problem", p.field(), p.message()))
                        : onPage);
            }
        }
        FormProblems.reject(shown, result, p -> p);
    }

    /** The service's {@code products[1].testReport.passed} as the form's {@code products[3].passed}, with its words. */
    private FieldProblem onPage(FieldProblem problem, List<Integer> rows) {
        String base = FormProblems.baseOf(problem.field());
        int index = FormProblems.indexOf(problem.field());
        if (!"products".equals(base) || index < 0) {
            return labels.of("partner-application", problem.field()) != null ? label(problem.field(), problem.message())
                    : null;
        }
        if (index >= rows.size()) {
            return null;
        }
        String rest = FormProblems.restOf(problem.field()).replace(".testReport", "");
        return label("products[" + rows.get(index) + "]" + rest, problem.message());
    }

    /**
     * A problem worded for the page in the reader's language: "Website: …", "Product 2: …" for a row, or
     * "Product 2, version: …" for a row's field.
     */
    private FieldProblem label(String field, String message) {
        int index = FormProblems.indexOf(field);
        if (index < 0) {
            String label = labels.of("partner-application", field);
            return new FieldProblem(field, Languages.text("forms.problem", label == null ? field : label, message));
        }
        String rest = FormProblems.restOf(field);
        if (rest.isEmpty()) {
            return new FieldProblem(field, Languages.text("forms.product-problem", index + 1, message));
        }
        String label = labels.of("partner-product", rest.substring(1));
        return new FieldProblem(field, Languages.text("forms.product-field-problem", index + 1,
                label == null ? rest.substring(1) : label, message));
    }
}
