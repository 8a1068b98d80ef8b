package org.openanolis.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;

/**
 * Reading and filling the portal's proposal forms the way a person does: by each control's id, which is
 * the field's name (products[0].name becomes products-0-name), and by the messages shown next to it.
 */
public final class PortalForms {

    private PortalForms() {
    }

    /** The page's form whose action is this path. */
    public static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@action='" + action + "']");
        assertThat(form).as("a form posting to %s in %s", action, page.getUrl()).isNotNull();
        return form;
    }

    /** Types into the input, textarea or select with this id. */
    public static void fill(HtmlPage page, String id, String value) {
        DomElement control = control(page, id);
        if (control instanceof HtmlTextArea area) {
            area.setText(value);
        } else if (control instanceof HtmlSelect select) {
            select.setSelectedAttribute(value, true);
        } else if (control instanceof HtmlInput input) {
            input.setValue(value);
        } else {
            throw new AssertionError(id + " is no control: " + control.asXml());
        }
    }

    /** What the control shows now: an input's value, a textarea's text, a select's chosen value. */
    public static String value(HtmlPage page, String id) {
        DomElement control = control(page, id);
        if (control instanceof HtmlTextArea area) {
            return area.getText();
        }
        if (control instanceof HtmlSelect select) {
            return select.getSelectedOptions().isEmpty() ? "" : select.getSelectedOptions().get(0).getValueAttribute();
        }
        return ((HtmlInput) control).getValue();
    }

    /**
     * The messages shown next to the control, after checking that they are wired the way a screen reader
     * needs: the control points at them with aria-describedby, says it is invalid, and the error summary at
     * the top links to it.
     */
    public static String errorOf(HtmlPage page, String id) {
        DomElement error = page.getElementById(id + "-error");
        assertThat(error).as("an error shown next to %s", id).isNotNull();
        DomElement control = control(page, id);
        assertThat(control.getAttribute("aria-describedby").split(" ")).as("%s's aria-describedby", id).contains(id + "-error");
        assertThat(control.getAttribute("aria-invalid")).isEqualTo("true");
        HtmlElement summary = page.getHtmlElementById("error-summary");
        assertThat(summary.getByXPath(".//a[@href='#" + id + "']")).as("the summary links to %s", id).isNotEmpty();
        return error.asNormalizedText();
    }

    /** Whether any error is shown next to the control. */
    public static boolean hasError(HtmlPage page, String id) {
        return page.getElementById(id + "-error") != null;
    }

    private static DomElement control(HtmlPage page, String id) {
        DomElement control = page.getElementById(id);
        assertThat(control).as("a control with id %s", id).isNotNull();
        return control;
    }
}
