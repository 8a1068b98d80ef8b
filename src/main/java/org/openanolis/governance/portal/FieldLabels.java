package org.openanolis.governance.portal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The words each form field goes by on its page, kept as messages ({@code label.<form>.<field>} in
 * {@code messages.properties}) rather than in each form's code, in the reader's language where one is given.
 */
@Component
@RequiredArgsConstructor
public class FieldLabels {

    private final MessageSource messages;

    /** The field's label on the form, or null for a field the form does not show. */
    public String of(String form, String field) {
        return messages.getMessage("label." + form + "." + field, null, null, LocaleContextHolder.getLocale());
    }
}
