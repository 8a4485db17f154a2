package org.commissioning.marketplace.shared.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.commissioning.marketplace.shared.domain.NotAuthenticatedException;
import org.commissioning.marketplace.shared.domain.UnprocessableException;
import org.commissioning.marketplace.shared.infrastructure.DatabaseOutage;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into application/problem+json. Domain errors keep their plain-English
 * message; anything unexpected is logged with a reference and answered without internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** With test support on (the integration tests; never production) a 500 names its causes, so a failure in CI can be read. */
    private static final boolean TEST_SUPPORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("marketplace.test-support", Boolean.class).orElse(false);

    @Override
    public Response toResponse(Throwable thrown) {
        if (DatabaseOutage.causedBy(thrown)) {
            return unavailable();
        }
        Throwable e = unwrap(thrown);
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, "There is a problem with the input", invalid.getMessage(),
                    invalid.fieldErrors().entrySet().stream()
                            .map(f -> new Problem.FieldError(f.getKey(), f.getValue())).toList());
        }
        if (e instanceof RequestTooLargeException tooLarge) {
            return Problem.response(413, "Request too large", tooLarge.getMessage(), List.of());
        }
        if (e instanceof NotAuthenticatedException) {
            Response r = Problem.response(Status.UNAUTHORIZED, "Sign in required", e.getMessage(), List.of());
            return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"marketplace\"").build();
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Status.FORBIDDEN, "Not allowed", e.getMessage(), List.of());
        }
        if (e instanceof org.commissioning.marketplace.shared.domain.NotFoundException) {
            return Problem.response(Status.NOT_FOUND, "Not found", e.getMessage(), List.of());
        }
        if (e instanceof ConflictException || e instanceof InvalidTransitionException) {
            return Problem.response(Status.CONFLICT, "Conflict", e.getMessage(), List.of());
        }
        if (e instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT, "Changed by someone else",
                    "Someone else changed this record after you opened it. Reload it and make your change again.", List.of());
        }
        if (e instanceof UnprocessableException unprocessable) {
            return Problem.response(422, "Cannot be processed", e.getMessage(),
                    List.of(new Problem.FieldError(unprocessable.field(), e.getMessage())));
        }
        if (e instanceof DomainException) {
            return Problem.response(Status.BAD_REQUEST, "Request refused", e.getMessage(), List.of());
        }
        if (e instanceof ConstraintViolationException cve) {
            return Problem.response(Status.BAD_REQUEST, "There is a problem with the input", "The input is not valid.",
                    cve.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            List<Problem.FieldError> fields = MalformedJson.fieldErrors(e);
            return Problem.response(Status.BAD_REQUEST, fields.isEmpty() ? "Malformed request" : "There is a problem with the input",
                    fields.isEmpty() ? "The request body is not valid JSON of the expected shape." : fields.get(0).message(), fields);
        }
        if (e instanceof WebApplicationException wae && e.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException")) {
            return QueryParameters.problem(wae);
        }
        if (e instanceof NotFoundException) {
            return Problem.response(Status.NOT_FOUND, "Not found", "There is nothing at this address.", List.of());
        }
        if (e instanceof NotAllowedException) {
            return Problem.response(Status.METHOD_NOT_ALLOWED, "Method not allowed", "This address does not accept that method.", List.of());
        }
        if (e instanceof NotSupportedException) {
            return Problem.response(Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the request body as application/json.", List.of());
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Status status = Status.fromStatusCode(wae.getResponse().getStatus());
            return Problem.response(status == null ? Status.BAD_REQUEST : status,
                    status == null ? "Bad request" : status.getReasonPhrase(), "The request could not be processed.", List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, thrown);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The marketplace could not complete this request. Quote reference " + reference + " to support."
                        + (TEST_SUPPORT ? " Causes (test support only): " + causes(thrown) : ""), List.of());
    }

    /**
     * The database is out of reach: 503 with Retry-After. It does not say that nothing was saved:
     * when the connection is lost at commit nobody can know, so the client retries (with the same
     * Idempotency-Key where the operation takes one) and gets the first answer if it was saved.
     */
    public static Response unavailable() {
        LOG.warning("Answered 503: the database is out of reach");
        return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE, "Service busy",
                        "The marketplace cannot reach its database just now. Try again in a minute; nothing you sent is lost "
                                + "by trying again (a submission retried with the same Idempotency-Key returns its first receipt).",
                        List.of()))
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    private static String causes(Throwable thrown) {
        StringBuilder out = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return out.toString();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException
                || current instanceof jakarta.persistence.RollbackException
                || current instanceof jakarta.enterprise.inject.CreationException
                || current.getClass().getName().endsWith("TransactionalException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (!(current instanceof DomainException) && current.getCause() instanceof OptimisticLockException) {
            return current.getCause();
        }
        // A refusal raised while flushing or committing (an entity listener's) arrives wrapped.
        for (Throwable t = current; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DomainException || t instanceof RequestTooLargeException) {
                return t;
            }
        }
        return current;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
