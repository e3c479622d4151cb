package org.stakeholderportal.platform.entity;

import jakarta.json.bind.annotation.JsonbTransient;

/** The result of a health check, as the API reports it. */
public class HealthReport {

    private final boolean databaseUp;
    private final String schemaVersion;

    public HealthReport(boolean databaseUp, String schemaVersion) {
        this.databaseUp = databaseUp;
        this.schemaVersion = schemaVersion;
    }

    public String getStatus() {
        return databaseUp ? "UP" : "DOWN";
    }

    public String getDatabase() {
        return databaseUp ? "UP" : "DOWN";
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    @JsonbTransient
    public boolean isUp() {
        return databaseUp;
    }
}
