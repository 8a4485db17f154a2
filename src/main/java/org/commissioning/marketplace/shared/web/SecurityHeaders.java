package org.commissioning.marketplace.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every answer: no content sniffing, no framing by other sites, referrers only within
 * the marketplace, and nothing kept in a browser's or a proxy's cache except the static resources
 * (stylesheets, scripts, images): after signing out, Back shows no child's placement. Behind TLS,
 * browsers are told to keep to HTTPS. A Content Security Policy keeps everything to the
 * marketplace's own origin, with no plugins, no framing and forms posted only here. Scripts are
 * narrowed further by PrimeFaces' CSP mode (web.xml): its own header allows only scripts carrying
 * this response's nonce, and browsers enforce both policies. The server does not name itself.
 */
@WebFilter(urlPatterns = "/*", filterName = "security-headers")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers (again after a response is reset, as the busy page is). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Server", "marketplace");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Same origin for everything; inline styles (PrimeFaces sets widths) and data: images allowed.
     * Scripts: 'unsafe-inline' here only so this policy does not veto the nonce that PrimeFaces'
     * own header requires of every script.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
