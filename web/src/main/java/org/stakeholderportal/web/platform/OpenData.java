package org.stakeholderportal.web.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import org.stakeholderportal.platform.control.Fingerprint;

/**
 * Answers of the open-data API: JSON with a strong ETag (a hash of the bytes sent) and a short public cache
 * lifetime, so clients and caches revalidate cheaply and get 304 when nothing changed.
 */
public final class OpenData {

    static final int MAX_AGE_SECONDS = 60;
    /** Answers are records, written field by field; an absent value is written as null, so every key is always there. */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(Field field) {
            return !Modifier.isStatic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    }));

    private OpenData() {
    }

    public static final String JSON_TYPE = "application/json; charset=UTF-8";

    public static Response json(Request request, Object entity) {
        return cached(request, bytes(entity), JSON_TYPE);
    }

    /** The UTF-8 JSON of an answer. */
    public static byte[] bytes(Object entity) {
        return toJson(entity).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON of one value (a record, a string, null), as every answer writes it. */
    public static String toJson(Object entity) {
        return JSON.toJson(entity);
    }

    public static Response cached(Request request, byte[] body, String mediaType) {
        EntityTag tag = new EntityTag(Fingerprint.sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(body, mediaType).tag(tag).cacheControl(cache).build();
    }
}
