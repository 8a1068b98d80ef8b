package org.openanolis.governance.system;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * Refuses API bodies over 256 KiB with 413 before they are parsed: by the declared length at once,
 * and by counting for bodies sent without one. The APIs are ours ({@code /api}), the engine's ({@code /engine-rest})
 * and the webapps' ({@code /camunda/api}), recognised by the decoded path the servlets are chosen by: the raw URI
 * would let {@code /%61pi/...} through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RequiredArgsConstructor
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final long LIMIT = 256 * 1024;

    private final ObjectMapper objectMapper;
    private final Problems problems;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                    "body-too-large", new BodyTooLargeException(LIMIT).getMessage()));
            return;
        }
        chain.doFilter(new CountingRequest(request), response);
    }

    private static final class CountingRequest extends HttpServletRequestWrapper {

        CountingRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > LIMIT) {
                        throw new BodyTooLargeException(LIMIT);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (count += n) > LIMIT) {
                        throw new BodyTooLargeException(LIMIT);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
