package org.openanolis.governance.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of the portal's pages. Its errors become the portal's friendly pages (see
 * {@link PortalExceptionHandler}) instead of the API's problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PortalController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
