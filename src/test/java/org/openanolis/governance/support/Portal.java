package org.openanolis.governance.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * The portal over real HTTP, the way a browser without scripts sees it (HtmlUnit): pages, forms with their
 * CSRF tokens, the session cookie. Error statuses come back as pages, never thrown, so tests can read the
 * friendly error pages too. Faster than the Chromium tests, so these cover every form's errors.
 */
public final class Portal implements AutoCloseable {

    private final WebClient web = new WebClient(BrowserVersion.CHROME);
    private final String base;

    public Portal(int port) {
        this.base = "http://localhost:" + port;
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        web.getOptions().setRedirectEnabled(true);
    }

    /** A fresh browser that asks for pages in this language ({@code Accept-Language}), signed in as nobody yet. */
    public static Portal reading(int port, String acceptLanguage) {
        Portal portal = new Portal(port);
        portal.web.addRequestHeader("Accept-Language", acceptLanguage);
        return portal;
    }

    /** Signs in through the sign-in form with the demo password and returns the page it lands on. */
    public HtmlPage signIn(String user) {
        return signIn(user, Api.PASSWORD);
    }

    public HtmlPage signIn(String user, String password) {
        HtmlPage signIn = open("/sign-in");
        HtmlForm form = signIn.getForms().get(signIn.getForms().size() - 1);
        form.getInputByName("username").setValue(user);
        form.getInputByName("password").setValue(password);
        return submit(form);
    }

    public HtmlPage signOut() {
        HtmlPage page = open("/");
        return submit(page.getFirstByXPath("//form[@action='/sign-out']"));
    }

    /** The page at this path (with its query), whatever its status. */
    public HtmlPage open(String path) {
        Page page = get(path);
        if (page instanceof HtmlPage html) {
            return html;
        }
        throw new IllegalStateException(path + " answered " + page.getWebResponse().getContentType() + ", not HTML");
    }

    /** Any answer at this path: an HTML page, or JSON, CSS, scripts. */
    public Page get(String path) {
        try {
            return web.getPage(base + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits a form with its first submit button, the way pressing Enter in it would. */
    public HtmlPage submit(HtmlForm form) {
        try {
            return form.getFirstByXPath(".//button[@type='submit']") instanceof org.htmlunit.html.HtmlButton button
                    ? button.click() : (HtmlPage) form.getInputByValue("submit").click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits a form with the submit button that carries this text. */
    public HtmlPage submit(HtmlForm form, String buttonText) {
        try {
            org.htmlunit.html.HtmlButton button = form.getFirstByXPath(
                    ".//button[@type='submit' and normalize-space(.)='" + buttonText + "']");
            if (button == null) {
                throw new IllegalStateException("No button '" + buttonText + "' in " + form.asXml());
            }
            return button.click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebClient client() {
        return web;
    }

    @Override
    public void close() {
        web.close();
    }
}
