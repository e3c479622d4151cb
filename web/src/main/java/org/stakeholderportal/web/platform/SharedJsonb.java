package org.stakeholderportal.web.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API request and answer. Without a resolver, RESTEasy builds a new one for each
 * request, and Yasson then works out every class's mapping again: in the load benchmark that was about a fifth of the
 * CPU a contribution's API calls cost. Same default configuration as RESTEasy's own, so the JSON does not change. A
 * Jsonb instance is safe to share between threads.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
