package org.commissioning.marketplace.party.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.commissioning.marketplace.party.application.CurrentCaller;
import org.commissioning.marketplace.party.application.SecondFactor;

import java.io.IOException;

/**
 * When two-step sign-in is required (marketplace.second-factor-required), a hub commissioner or
 * administrator signed in without it sees only the page that sets it up: every other page sends
 * them there. Checked once per session after it is on.
 */
@WebFilter(urlPatterns = "*.xhtml", filterName = "second-factor-enrolment")
public class SecondFactorEnrolmentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETTLED = "marketplace.second-factor-settled";
    static final String PAGE = "/account.xhtml";

    @Inject
    SecondFactor secondFactor;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean exempt = !secondFactor.isRequired() || request.getUserPrincipal() == null || session == null
                || session.getAttribute(SETTLED) != null || path.equals(PAGE) || path.startsWith("/jakarta.faces.resource/");
        if (!exempt) {
            boolean mustEnrol = caller.account().map(secondFactor::mustEnrol).orElse(false);
            if (mustEnrol) {
                response.sendRedirect(request.getContextPath() + PAGE + "?setup=required");
                return;
            }
            session.setAttribute(SETTLED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
