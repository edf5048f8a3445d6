package nl.xenia.portal.operations.control;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held in memory instead of sent, so it can be kept and replayed. Status
 * and headers go to the real response as usual; errors and redirects pass straight through.
 */
public class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedThrough;

    public CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    buffer.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("A captured response is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            Charset charset = getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void sendError(int status) throws IOException {
        passedThrough = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedThrough = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() {
        // held until the whole page is rendered
    }

    @Override
    public void setContentLength(int length) {
        // the length is the captured body's, set when it is written
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    /** The captured body. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    /** A complete 200 page, no error or redirect, no cookie: the only kind that may be kept. */
    public boolean isPlainSuccess() {
        return !passedThrough && getStatus() == HttpServletResponse.SC_OK && !containsHeader("Set-Cookie");
    }

    /** Sends what was captured, unchanged, to the real response. */
    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = body();
        if (passedThrough || response.isCommitted() && body.length == 0) {
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
