package org.openanolis.governance.notification;

import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /** The mail templates' own engine, apart from the portal's, with every link under the base URL. */
    @Bean
    NotificationRenderer notificationRenderer(GovernanceProperties properties, CaseTypes caseTypes,
                                              MessageSource messages) {
        return new NotificationRenderer(properties.baseUrl(), caseTypes, messages,
                properties.mail().defaultLanguage());
    }
}
