package org.commissioning.marketplace.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commissioning.marketplace.shared.infrastructure.DatabaseOutage;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * A page that fails because the database is out of reach gets a plain "service busy" page (503,
 * Retry-After), served from a static file so that showing it needs no database, instead of the
 * error page. The API answers its own 503 (problem+json) through its exception mappers.
 */
@WebFilter(urlPatterns = "/*", filterName = "database-outage")
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    static final String BUSY_PAGE = "/busy.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Answered 503 for " + request.getRequestURI() + ": the database is out of reach");
            busy(request, response);
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream(BUSY_PAGE)) {
            if (page != null) {
                page.transferTo(response.getOutputStream());
            }
        }
    }
}
