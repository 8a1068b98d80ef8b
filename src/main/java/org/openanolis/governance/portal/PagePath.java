package org.openanolis.governance.portal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** The path of the page being shown, within the application, for the language switch to come back to. */
@ControllerAdvice
class PagePath {

    @ModelAttribute("pagePath")
    String pagePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
