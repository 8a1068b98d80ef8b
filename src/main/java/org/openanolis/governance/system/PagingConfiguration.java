package org.openanolis.governance.system;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a listing endpoint take a {@link PageRequest} argument, read from {@code ?page=&size=}; a bad value is a 400
 * that names each bad parameter. The listing answers with a {@link Page}, which {@link PageLinks} writes.
 */
@Configuration
class PagingConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageRequestResolver());
    }

    static class PageRequestResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return PageRequest.class.equals(parameter.getParameterType());
        }

        @Override
        public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                           NativeWebRequest request, WebDataBinderFactory binderFactory) {
            return PageRequest.of(request.getParameter(PageRequest.PAGE), request.getParameter(PageRequest.SIZE));
        }
    }
}
