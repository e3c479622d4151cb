package org.stakeholderportal.web.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's answer to a failure in a boundary: 503 with a "try again" {error, message} in the caller's language when
 * the database is unreachable or rolled the transaction back over a lock it waited for (a deadlock on deadline day:
 * nothing of the request is stored, and the same request sent again goes through), otherwise 500 with
 * a general message; never the exception's own text, which names tables and connections. The servlet filter
 * {@link DatabaseOutageFilter} does the same for failures outside JAX-RS (pages, filters).
 */
public final class DatabaseOutageMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageMappers.class.getName());

    private DatabaseOutageMappers() {
    }

    static Response answer(Throwable failure, HttpHeaders headers) {
        Optional<DatabaseOutage.Trouble> trouble = DatabaseOutage.Trouble.of(failure);
        if (trouble.isPresent()) {
            LOG.log(Level.WARNING, trouble.get().logText + ", API answered 503: {0}", failure.toString());
        } else {
            LOG.log(Level.SEVERE, "API request failed", failure);
        }
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        if (Languages.offered(locale.getLanguage()).isEmpty()) {
            locale = Locale.ENGLISH;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", trouble.map(t -> t.error).orElse("serverError"));
        body.put("message", Messages.text(locale, trouble.map(t -> t.messageKey).orElse("error.error.text")));
        Response.ResponseBuilder response = Response.status(trouble.isPresent() ? 503 : 500).type(MediaType.APPLICATION_JSON)
                .entity(body).header("Cache-Control", "no-store");
        trouble.ifPresent(t -> response.header("Retry-After", String.valueOf(t.retryAfterSeconds)));
        return response.build();
    }

    /** What the EJB container throws when a boundary fails (its system exceptions wrap the cause). */
    @Provider
    public static class FromBoundary implements ExceptionMapper<EJBException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBException failure) {
            if (failure instanceof jakarta.ejb.EJBAccessException) {
                // A boundary's @RolesAllowed said no: the caller is not allowed, nothing failed.
                return Response.status(Response.Status.FORBIDDEN).build();
            }
            return answer(failure, headers);
        }
    }

    /** What JPA throws outside an EJB. */
    @Provider
    public static class FromPersistence implements ExceptionMapper<PersistenceException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PersistenceException failure) {
            return answer(failure, headers);
        }
    }
}
