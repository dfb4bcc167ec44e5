package org.tribune.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code GET} handed straight to the site's servlet on the asking thread: the same routes,
 * filters and error pages as over HTTP, without a connector, a request line to parse or a
 * response to parse back. The static export asks for some fifty thousand pages; through Jetty's
 * in-memory connector each also went through an HTTP parser and generator and two hand-offs
 * between threads, and the JIT compiled all of that besides.
 *
 * <p>The request carries only what a reader's plain GET carries (a path, a query, a Host); a
 * servlet feature beyond that, which no public page uses, fails loudly rather than answering
 * something made up.
 */
final class InMemoryExchange {
    private InMemoryExchange() {}

    static InMemoryResponse get(Servlet servlet, String path) {
        var request = new Request(path);
        var response = new Response();
        try {
            servlet.service(request, response);
            response.flushWriter();
        } catch (ServletException | IOException e) {
            throw new IllegalStateException("cannot ask for " + path + ": " + e.getMessage(), e);
        }
        return new InMemoryResponse(response.status, response.body.toByteArray());
    }

    /**
     * Throws for every method of {@code type} (the wrappers below override what an in-memory GET
     * supports); the methods of {@link Object} answer as an object's own would.
     */
    private static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                throw new UnsupportedOperationException("an in-memory exchange has no " + method.getName());
            }
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "in-memory " + type.getSimpleName();
            };
        }));
    }

    private static final class Request extends HttpServletRequestWrapper {
        private static final HttpServletRequest NOTHING = unsupported(HttpServletRequest.class);
        private final String uri;
        private final String query;
        private final Map<String, Object> attributes = new HashMap<>();

        Request(String path) {
            super(NOTHING);
            int q = path.indexOf('?');
            this.uri = q < 0 ? path : path.substring(0, q);
            this.query = q < 0 ? null : path.substring(q + 1);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer("http://localhost").append(uri);
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getContextPath() {
            return "";
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getPathInfo() {
            return uri;
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public String getScheme() {
            return "http";
        }

        @Override
        public String getServerName() {
            return "localhost";
        }

        @Override
        public int getServerPort() {
            return 80;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getRemoteAddr() {
            return "127.0.0.1";
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Host") ? "localhost" : null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(List.of("Host"));
        }

        @Override
        public long getDateHeader(String name) {
            return -1;
        }

        @Override
        public int getIntHeader(String name) {
            return -1;
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getCharacterEncoding() {
            return null;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(new ArrayList<>(attributes.keySet()));
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public boolean isAsyncStarted() {
            return false;
        }

        @Override
        public boolean isAsyncSupported() {
            return false;
        }

        @Override
        public Locale getLocale() {
            return Locale.ROOT;
        }
    }

    private static final class Response extends HttpServletResponseWrapper {
        private static final HttpServletResponse NOTHING = unsupported(HttpServletResponse.class);
        final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        int status = 200;
        private String contentType;
        private String characterEncoding = StandardCharsets.UTF_8.name();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Response() {
            super(NOTHING);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void setHeader(String name, String value) {
            if (value == null) {
                headers.remove(name.toLowerCase(Locale.ROOT));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(value)));
            }
        }

        @Override
        public void addHeader(String name, String value) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, Integer.toString(value));
        }

        @Override
        public void setDateHeader(String name, long date) {
            setHeader(name, DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(date).atOffset(ZoneOffset.UTC)));
        }

        @Override
        public boolean containsHeader(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers.keySet();
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String charset) {
            characterEncoding = charset;
        }

        @Override
        public String getCharacterEncoding() {
            return characterEncoding;
        }

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public boolean isCommitted() {
            return false;
        }

        /** Nothing is sent before the end: the size only tells a servlet how much it may write before a flush. */
        @Override
        public int getBufferSize() {
            return 32 * 1024;
        }

        @Override
        public void setBufferSize(int size) {}

        @Override
        public void flushBuffer() {}

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            headers.clear();
            status = 200;
            contentType = null;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("an in-memory response is written at once");
                    }
                };
            }
            return stream;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(characterEncoding)));
            }
            return writer;
        }
    }
}
