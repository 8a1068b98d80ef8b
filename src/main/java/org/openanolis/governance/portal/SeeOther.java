package org.openanolis.governance.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** After a form is accepted: 303 See Other to the case's page, so reloading it does not post the form again. */
public final class SeeOther {

    private SeeOther() {
    }

    public static RedirectView to(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
