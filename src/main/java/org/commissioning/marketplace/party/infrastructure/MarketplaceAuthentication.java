package org.commissioning.marketplace.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commissioning.marketplace.party.application.SignInGuard;
import org.commissioning.marketplace.shared.api.Problem;
import org.commissioning.marketplace.shared.infrastructure.DatabaseOutage;

import javax.security.auth.callback.Callback;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

/**
 * One authentication mechanism for pages and API alike:
 * <ul>
 * <li>the sign-in page hands over a username and password ({@code SecurityContext.authenticate}),
 *     and a successful sign-in is remembered in the session;</li>
 * <li>API clients send HTTP Basic or a Bearer API token on each request (no session);</li>
 * <li>a protected page without a signed-in user redirects to the sign-in page, and an API call with
 *     bad credentials gets 401 problem+json.</li>
 * </ul>
 * Authorisation is not decided here but in the application services (and web.xml for pages).
 */
@ApplicationScoped
public class MarketplaceAuthentication implements HttpAuthenticationMechanism {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Inject
    java.time.Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(formCredential);
            } catch (SignInGuard.Refused refused) {
                // The sign-in page says why and until when.
                request.setAttribute(SignInGuard.REFUSAL, refused.getMessage());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            guard.signedIn(result.getCallerPrincipal().getName(), request.getRemoteAddr());
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            Credential credential = credentialFrom(authorization.strip());
            if (credential == null) {
                return unauthorized(response, "Send HTTP Basic credentials or a Bearer API token.");
            }
            CredentialValidationResult result;
            try {
                result = identityStores.validate(credential);
            } catch (SignInGuard.Refused refused) {
                return tooManyAttempts(response, refused);
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    // Nobody's credentials were judged: busy, not 401 or 403.
                    return unavailable(response);
                }
                throw e;
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            Object why = request.getAttribute(SignInGuard.REFUSAL);
            return unauthorized(response, why != null ? why.toString()
                    : "The username and password, or the API token, were not accepted.");
        }

        Principal sessionPrincipal = request.getUserPrincipal();
        if (sessionPrincipal != null && isApi(request) && !isSafe(request)) {
            // A browser sends the session cookie with any site's forms: the API's changes need the
            // caller's own credentials in the Authorization header (cross-site request forgery).
            return forbidden(response, "The API makes changes only for a request with an API token or HTTP Basic "
                    + "credentials in its Authorization header, never for a browser's session cookie alone.");
        }
        if (sessionPrincipal != null) {
            // Signed in earlier in this session: the container restores the caller and groups it registered.
            try {
                context.getHandler().handle(new Callback[]{
                    new CallerPrincipalCallback(context.getClientSubject(), sessionPrincipal)});
                return AuthenticationStatus.SUCCESS;
            } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
                throw new IllegalStateException("The container refused the session's caller", e);
            }
        }

        if (context.isProtected()) {
            if (isApi(request)) {
                return unauthorized(response, "Sign in to continue.");
            }
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static Credential credentialFrom(String authorization) {
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                BasicAuthenticationCredential basic = new BasicAuthenticationCredential(authorization.substring(6).strip());
                return basic.getCaller() == null ? null : basic;
            } catch (RuntimeException malformed) {
                return null;
            }
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new ApiTokenCredential(authorization.substring(7).strip());
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private AuthenticationStatus tooManyAttempts(HttpServletResponse response, SignInGuard.Refused refused) {
        return refuse(response, 429, "Too many failed sign-ins", refused.getMessage(),
                "Retry-After", String.valueOf(refused.retryAfterSeconds(java.time.Instant.now(clock))));
    }

    private static boolean isSafe(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static AuthenticationStatus forbidden(HttpServletResponse response, String detail) {
        return refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed", detail, null, null);
    }

    private static AuthenticationStatus unavailable(HttpServletResponse response) {
        return refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service busy",
                "The marketplace cannot reach its database just now. Try again in a minute.",
                "Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in required", detail,
                "WWW-Authenticate", "Basic realm=\"marketplace\"");
    }

    /** Answers the request with a problem (and one header when given), before any resource runs. */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String title, String detail,
                                               String header, String value) {
        try {
            response.setStatus(status);
            if (header != null) {
                response.setHeader(header, value);
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(new Problem("about:blank", title, status, detail, List.of())));
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the " + status + " response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
