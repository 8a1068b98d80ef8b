package org.openanolis.governance.overview;

import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.partner.PartnerStatus;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.PortalController;
import org.openanolis.governance.system.ProviderSignIn;
import org.openanolis.governance.system.SignInOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/** The home page: the community's SIGs, projects and partners, open to everyone like the community's website. */
@PortalController
@RequiredArgsConstructor
class HomeController {

    private final SigDirectory sigs;
    private final ProjectDirectory projects;
    private final PartnerDirectory partners;
    private final ObjectProvider<ProviderSignIn> provider;
    private final SignInOptions options;

    @GetMapping("/")
    String home(Model model) {
        // The first page of each directory, as the API would page them: the home page's work is bounded too.
        model.addAttribute("sigs", sigs.list(PageRequest.LARGEST_FIRST).items());
        model.addAttribute("projects", projects.list(PageRequest.LARGEST_FIRST).items());
        model.addAttribute("partners", partners.list(PartnerStatus.LISTED, PageRequest.LARGEST_FIRST).items());
        return "portal/home";
    }

    /** The provider's sign-in, when the community has one, and the password form, unless local sign-in is off. */
    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("providerSignIn", provider.getIfAvailable() != null);
        model.addAttribute("localSignIn", options.localSignIn());
        return "portal/sign-in";
    }
}
