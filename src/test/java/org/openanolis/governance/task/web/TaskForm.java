package org.openanolis.governance.task.web;

import java.util.List;

import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.openanolis.governance.support.Portal;

/** A task's page read and filled in the way a person does: the offered outcomes, a choice, a comment. */
final class TaskForm {

    private TaskForm() {
    }

    static HtmlForm of(HtmlPage page) {
        HtmlForm form = page.getFirstByXPath("//form[contains(@action, '/completion')]");
        if (form == null) {
            throw new AssertionError("No task form on " + page.getUrl() + ": " + page.asNormalizedText());
        }
        return form;
    }

    /** The outcomes offered, as the radio buttons' values in their order. */
    static List<String> outcomes(HtmlPage page) {
        return radios(page).stream().map(HtmlRadioButtonInput::getValueAttribute).toList();
    }

    /** The outcomes as the person reads them: each radio's label. */
    static List<String> labels(HtmlPage page) {
        return radios(page).stream().map(r -> r.getEnclosingElement("label").getTextContent().strip().replaceAll("\\s+", " ")).toList();
    }

    static String checkedOutcome(HtmlPage page) {
        return radios(page).stream().filter(HtmlRadioButtonInput::isChecked).map(HtmlRadioButtonInput::getValueAttribute)
                .findFirst().orElse(null);
    }

    static String comment(HtmlPage page) {
        return textArea(page).getText();
    }

    /** Chooses the outcome (none for null), types the comment (none for null) and sends the form. */
    static HtmlPage complete(Portal portal, HtmlPage page, String outcome, String comment) {
        if (outcome != null) {
            HtmlRadioButtonInput radio = radios(page).stream().filter(r -> r.getValueAttribute().equals(outcome)).findFirst()
                    .orElseThrow(() -> new AssertionError("No outcome " + outcome + " offered"));
            radio.setChecked(true);
        }
        if (comment != null) {
            textArea(page).setText(comment);
        }
        return portal.submit(of(page));
    }

    /** The messages of the error summary at the top of a refused form. */
    static List<String> errorSummary(HtmlPage page) {
        return page.<org.htmlunit.html.DomNode>getByXPath("//div[@class='error-summary']//li").stream()
                .map(org.htmlunit.html.DomNode::asNormalizedText).toList();
    }

    /** The text of the first element at this XPath, or null when there is none. */
    static String text(HtmlPage page, String xpath) {
        org.htmlunit.html.DomNode node = page.getFirstByXPath(xpath);
        return node == null ? null : node.asNormalizedText();
    }

    private static List<HtmlRadioButtonInput> radios(HtmlPage page) {
        return of(page).getByXPath(".//input[@type='radio' and @name='outcome']");
    }

    private static HtmlTextArea textArea(HtmlPage page) {
        return of(page).getTextAreaByName("comment");
    }
}
