package org.stakeholderportal.web.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.stakeholderportal.platform.Refusal;

/**
 * A refused API request gets the same reason a page would show, in the caller's Accept-Language, with its key
 * for programs: 404 for what the caller may not see, 409 for a conflict with someone else's change, 400 otherwise.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refusal refusal) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        if ("*".equals(locale.toString())) {
            locale = Locale.ENGLISH;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", refusal.getMessageKey());
        body.put("message", refusal.message(locale));
        return Response.status(status(refusal.getMessageKey())).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    static int status(String key) {
        if (key.endsWith(".unknown")) {
            return 404;
        }
        if (key.equals("concurrentChange") || key.equals("review.alreadyDecided")) {
            return 409;
        }
        return 400;
    }
}
