package nl.xenia.portal.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.xenia.portal.privacy.control.FormFields;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a request may carry before the application looks at it: a body of at most
 * {@code xenia.requests.max-bytes} (the office's forms {@code xenia.requests.max-bytes.office}),
 * else 413; no NUL or other control character in the path, a readable query and form (well-formed
 * escapes, a known charset, at most {@code xenia.requests.max-fields} fields), else 400. Both are
 * answered with the translated error page. The query is read strictly here before the container
 * parses it; a form is parsed by the container here (the beans read the container's request), a
 * failure answered 400. A form must declare its length (browsers do). The error page sees no field
 * of the failed request. Declared in web.xml, right after the security headers and before every
 * other filter.
 */
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The office, {@code /office/{lang}/{page}} (see localization's OfficePaths). */
    private static final Pattern OFFICE = Pattern.compile("/office(/.*)?");
    private static final String FORM = "application/x-www-form-urlencoded";
    /**
     * Request attribute: the status (an Integer) a Faces phase refused the request with. Faces only
     * completes the response; the error is sent here once Faces is done, since the container renders
     * the (Faces) error page inside sendError and a nested Faces request would end the outer one's
     * context (a NullPointerException with a stack trace in the log).
     */
    public static final String REFUSED = RequestLimits.class.getName() + ".refused";

    @Inject
    @ConfigProperty(name = "xenia.requests.max-bytes", defaultValue = "65536")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "xenia.requests.max-bytes.office", defaultValue = "1048576")
    long maxOfficeBytes;

    @Inject
    @ConfigProperty(name = "xenia.requests.max-fields", defaultValue = "1000")
    int maxFields;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page reads nothing of the failed request (its body may be what failed)
            chain.doFilter(new WithoutInput(request), response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (hasControlCharacter(request.getRequestURI()) || hasControlCharacter(path)
                || hasControlCharacter(request.getServletPath())
                || request.getPathInfo() != null && hasControlCharacter(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long limit = OFFICE.matcher(path).matches() ? maxOfficeBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            refuseTooLarge(response);
            return;
        }
        if (isMultipart(request)) {
            chain.doFilter(request, response); // no such form on the portal; the size limit above holds
            return;
        }
        try {
            // the query is read strictly here first: the container would fail on it with a logged error
            FormFields.parse(request.getQueryString(), StandardCharsets.UTF_8, maxFields);
            if (isForm(request)) {
                charset(request);
                // the container reads the form now, within the limits checked above, so that an unreadable
                // one is answered here; the application's beans read the same (container's) fields
                if (request.getContentLengthLong() < 0) {
                    refuseTooLarge(response); // a form without a length is not sent by any browser
                    return;
                }
                if (request.getParameterMap().values().stream().mapToInt(values -> values.length).sum() > maxFields) {
                    throw new FormFields.Unreadable("too many fields");
                }
            }
        } catch (FormFields.Unreadable | RuntimeException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
        if (request.getAttribute(REFUSED) instanceof Integer status && !response.isCommitted()) {
            response.sendError(status);
        }
    }

    private static void refuseTooLarge(HttpServletResponse response) throws IOException {
        // the rest of the body is not read: the connection is closed after the answer
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).strip().startsWith(FORM);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).strip().startsWith("multipart/");
    }

    private static Charset charset(HttpServletRequest request) throws FormFields.Unreadable {
        String name = request.getCharacterEncoding();
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new FormFields.Unreadable("unknown charset");
        }
    }

    private static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains("%00")) {
            return true;
        }
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** The failed request as the error page sees it: no fields, no body. */
    static final class WithoutInput extends HttpServletRequestWrapper {

        WithoutInput(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {

                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onAllDataRead();
                    } catch (IOException failed) {
                        listener.onError(failed);
                    }
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new StringReader(""));
        }
    }
}
