package org.openanolis.governance.partner.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.NotFoundException;
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

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("company", "Company"), Map.entry("registrationId", "Registration number"),
            Map.entry("country", "Country"), Map.entry("website", "Website"), Map.entry("type", "Kind of partner"),
            Map.entry("contactName", "Contact name"), Map.entry("contactEmail", "Contact e-mail"),
            Map.entry("agreementVersion", "Partner agreement"), Map.entry("products", "Products"));

    private static final Map<String, String> PRODUCT_LABELS = Map.of(
            "name", "name", "version", "version", "arch", "architecture", "baseRelease", "base release",
            "passed", "tests passed", "failed", "tests failed", "pending", "tests pending");

    private final PartnerApplications applications;
    private final GovernanceProperties properties;

    @ModelAttribute("types")
    Map<String, String> types() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "Choose what you make");
        options.put("IHV", "IHV: hardware");
        options.put("OSV", "OSV: an operating system built on OpenAnolis");
        options.put("ISV", "ISV: software");
        return options;
    }

    @ModelAttribute("architectures")
    Map<String, String> architectures() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", "Choose");
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
        PartnerApplication a = revisable(id, principal);
        model.addAttribute("partnerApplication", PartnerApplicationInput.of(a));
        return revising(a, model);
    }

    @PostMapping(path = "/partner-applications/{id}/revision", params = ADD_PRODUCT)
    String addProductToRevision(@PathVariable String id,
                                @ModelAttribute("partnerApplication") PartnerApplicationInput input,
                                Principal principal, Model model) {
        PartnerApplication a = revisable(id, principal);
        input.addRow();
        return revising(a, model);
    }

    @PostMapping("/partner-applications/{id}/revision")
    ModelAndView revise(@PathVariable String id, @ModelAttribute("partnerApplication") PartnerApplicationInput input,
                        BindingResult result, Principal principal, Model model) {
        PartnerApplication a = require(id);
        PartnerApplicationInput.Converted converted = input.convert();
        return FormPosts.posted(
                () -> "/partner-applications/" + applications.revise(id, converted.form(), principal.getName()).getId(),
                problems -> showOnForm(problems, converted, result), () -> revising(a, model));
    }



    private static String applying(Model model) {
        model.addAttribute("heading", "Apply as a partner");
        model.addAttribute("action", "/partner-applications");
        model.addAttribute("submitLabel", "Submit the application");
        return FORM;
    }

    private static String revising(PartnerApplication a, Model model) {
        model.addAttribute("heading", "Revise the application of " + a.getCompany());
        model.addAttribute("action", "/partner-applications/" + a.getId() + "/revision");
        model.addAttribute("submitLabel", "Resubmit the application");
        model.addAttribute("caseUrl", "/partner-applications/" + a.getId());
        return FORM;
    }


    /**
     * Shows the service's problems and the counts that were no numbers. A count's own problem stands in for the
     * service's "is required" on the same count, which only says that no number arrived.
     */
    private static void showOnForm(List<FieldProblem> problems, PartnerApplicationInput.Converted converted,
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
                shown.add(onPage == null ? new FieldProblem(null, p.field() + ": " + p.message()) : onPage);
            }
        }
        FormProblems.reject(shown, result, p -> p);
    }

    /** The service's {@code products[1].testReport.passed} as the form's {@code products[3].passed}, with its words. */
    private static FieldProblem onPage(FieldProblem problem, List<Integer> rows) {
        String base = FormProblems.baseOf(problem.field());
        int index = FormProblems.indexOf(problem.field());
        if (!"products".equals(base) || index < 0) {
            return LABELS.containsKey(problem.field()) ? label(problem.field(), problem.message()) : null;
        }
        if (index >= rows.size()) {
            return null;
        }
        String rest = FormProblems.restOf(problem.field()).replace(".testReport", "");
        return label("products[" + rows.get(index) + "]" + rest, problem.message());
    }

    /** A problem worded for the page: "Website: …", or "Product 2, version: …" for a row's field. */
    private static FieldProblem label(String field, String message) {
        int index = FormProblems.indexOf(field);
        if (index < 0) {
            return new FieldProblem(field, LABELS.getOrDefault(field, field) + ": " + message);
        }
        String rest = FormProblems.restOf(field);
        String what = rest.isEmpty() ? "" : ", " + PRODUCT_LABELS.getOrDefault(rest.substring(1), rest.substring(1));
        return new FieldProblem(field, "Product " + (index + 1) + what + ": " + message);
    }

    /** The application, if only the applicant may revise it and only while changes are requested (403 before 409). */
    private PartnerApplication revisable(String id, Principal principal) {
        PartnerApplication a = require(id);
        if (!a.getApplicant().equals(principal.getName())) {
            throw new ForbiddenException("Only the applicant may revise an application");
        }
        if (a.getStatus() != ApplicationStatus.CHANGES_REQUESTED) {
            throw new ConflictException("A " + a.getStatus() + " application cannot be revised");
        }
        return a;
    }

    private PartnerApplication require(String id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("No partner application " + id));
    }
}
