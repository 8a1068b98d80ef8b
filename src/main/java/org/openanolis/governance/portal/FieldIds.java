package org.openanolis.governance.portal;

import org.springframework.stereotype.Component;

/**
 * The HTML id of a form field's control, so the error summary can link to it and the control can point at
 * its error: {@code products[0].name} becomes {@code products-0-name}. Templates call it as
 * {@code ${@fieldIds.of(field)}}.
 */
@Component("fieldIds")
public class FieldIds {

    public String of(String field) {
        String id = field.replaceAll("[\\[\\].]+", "-");
        return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
    }
}
