package org.openanolis.governance.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The REST API over real HTTP, as a client sees it: HTTP Basic as one of the demo people (password
 * {@code demo}), and every answer returned with its status, headers and JSON body, never thrown, so
 * tests can assert refusals as closely as successes.
 */
public final class Api {

    public static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    /** Calls as this person with the demo password. */
    public Caller as(String user) {
        return new Caller(user, PASSWORD);
    }

    public Caller as(String user, String password) {
        return new Caller(user, password);
    }

    /** Calls without credentials. */
    public Caller anonymous() {
        return new Caller(null, null);
    }

    public final class Caller {

        private final String user;
        private final String password;
        private final String language;

        private Caller(String user, String password) {
            this(user, password, null);
        }

        private Caller(String user, String password, String language) {
            this.user = user;
            this.password = password;
            this.language = language;
        }

        /** The same caller asking for answers in this language ({@code Accept-Language}). */
        public Caller reading(String acceptLanguage) {
            return new Caller(user, password, acceptLanguage);
        }

        public Answer get(String path) {
            return send(HttpMethod.GET, path, null);
        }

        /** A GET that asks for another representation than JSON: Markdown, say. */
        public Answer get(String path, MediaType accept) {
            return send(HttpMethod.GET, path, null, List.of(accept));
        }

        /** A GET of a file (a zip, say), whatever its type: its bytes; the call must succeed. */
        public byte[] getBytes(String path) {
            return client.get().uri(path).headers(h -> {
                if (user != null) {
                    h.setBasicAuth(user, password, StandardCharsets.UTF_8);
                }
            }).retrieve().body(byte[].class);
        }

        /**
         * Every item of a listing, page by page as its {@code Link: rel="next"} leads, in pages of the largest size:
         * a test that looks for its own case among everything the shared database holds must not stop at page one.
         */
        public List<JsonNode> getAll(String path) {
            List<JsonNode> all = new ArrayList<>();
            String next = path + (path.contains("?") ? "&" : "?") + "size=200";
            while (next != null) {
                Answer page = get(next);
                if (page.status() != 200) {
                    throw new AssertionError("GET " + next + " answered " + page);
                }
                all.addAll(page.list());
                next = page.link("next");
            }
            return all;
        }

        /** Posts the body serialized as JSON; a String is sent verbatim, so it may be malformed on purpose. */
        public Answer post(String path, Object body) {
            return send(HttpMethod.POST, path, body);
        }

        public Answer put(String path, Object body) {
            return send(HttpMethod.PUT, path, body);
        }

        public Answer patch(String path, Object body) {
            return send(HttpMethod.PATCH, path, body);
        }

        public Answer delete(String path) {
            return send(HttpMethod.DELETE, path, null);
        }

        /** Posts the JSON as a stream of unknown length (chunked), so the server can only count what arrives. */
        public Answer postChunked(String path, Object body) {
            byte[] bytes = (body instanceof String s ? s : write(body)).getBytes(StandardCharsets.UTF_8);
            StreamingHttpOutputMessage.Body stream = out -> out.write(bytes);
            return send(HttpMethod.POST, path, stream);
        }

        private Answer send(HttpMethod method, String path, Object body) {
            return send(method, path, body, List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        }

        private Answer send(HttpMethod method, String path, Object body, List<MediaType> accept) {
            RestClient.RequestBodySpec request = client.method(method).uri(path).headers(h -> {
                if (user != null) {
                    h.setBasicAuth(user, password, StandardCharsets.UTF_8);
                }
                h.setAccept(accept);
                if (language != null) {
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                }
            });
            if (body instanceof StreamingHttpOutputMessage.Body stream) {
                request.contentType(MediaType.APPLICATION_JSON).body(stream);
            } else if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String s ? s : write(body));
            }
            return request.exchange((req, res) -> {
                String text = StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8);
                return new Answer(res.getStatusCode().value(), res.getHeaders(), text);
            });
        }
    }

    /** One HTTP answer. */
    public record Answer(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            if (text == null || text.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + text, e);
            }
        }

        public String field(String name) {
            return json().path(name).asText(null);
        }

        /** The {@code field} of every entry of a problem's {@code errors}. */
        public Set<String> errorFields() {
            Set<String> fields = new TreeSet<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        public MediaType contentType() {
            return headers.getContentType();
        }

        /** The target of the {@code Link} header's link with this relation, or null when there is none. */
        public String link(String relation) {
            String header = headers.getFirst(HttpHeaders.LINK);
            if (header == null) {
                return null;
            }
            for (String link : header.split(",\\s*")) {
                if (link.endsWith("; rel=\"" + relation + "\"")) {
                    return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
                }
            }
            return null;
        }

        public List<JsonNode> list() {
            List<JsonNode> all = new ArrayList<>();
            json().forEach(all::add);
            return all;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
