package org.stakeholderportal.web.publication;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory instead of being sent, so the page cache can look at the whole page (and
 * hash it) before anything leaves; headers and status go straight to the real response. A cookie, an error or a
 * redirect marks it as not to be kept.
 */
class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cookie;
    private boolean answeredElsewhere;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
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
                    throw new UnsupportedOperationException("a captured page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /** Nothing is sent before the page is complete: the cache still sets its headers then. */
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    /** The length is set by whoever sends the captured bytes. */
    @Override
    public void setContentLength(int len) {
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void addCookie(Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            cookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        answeredElsewhere = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        answeredElsewhere = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        answeredElsewhere = true;
        super.sendRedirect(location);
    }

    /** Whether something set a cookie: such a page belongs to one reader. */
    boolean setCookie() {
        return cookie;
    }

    /** Whether the answer was an error page or a redirect sent by the container, with no captured body to send. */
    boolean answeredElsewhere() {
        return answeredElsewhere;
    }

    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }
}
