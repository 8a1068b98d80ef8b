package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes a listing's {@link Page} as clients expect a listing: the body stays a plain JSON array of the page's items,
 * and an RFC 8288 {@code Link} header leads to the first, previous and next pages. The links are relative references
 * (the request's own path and query, with {@code page} and {@code size} replaced): a link built from the Host header
 * would point wherever a client claimed to have sent the request.
 */
@RestControllerAdvice
class PageLinks implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Page.class.equals(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof Page<?> page)) {
            return body;
        }
        response.getHeaders().add(HttpHeaders.LINK, header(request, page));
        return page.items();
    }

    static String header(ServerHttpRequest request, Page<?> page) {
        PageRequest asked = page.request();
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, asked.size(), "first"));
        if (asked.page() > 1) {
            links.add(link(request, asked.page() - 1, asked.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(request, asked.page() + 1, asked.size(), "next"));
        }
        return String.join(", ", links);
    }

    private static String link(ServerHttpRequest request, int page, int size, String relation) {
        String target = UriComponentsBuilder.fromPath(request.getURI().getRawPath())
                .query(request.getURI().getRawQuery())
                .replaceQueryParam(PageRequest.PAGE, page)
                .replaceQueryParam(PageRequest.SIZE, size)
                .build().toUriString();
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
