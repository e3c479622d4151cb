-- People who have signed in through Keycloak. Keycloak owns credentials; the portal keeps only what it
-- shows and what links a person to an organisation.
-- Instants are DATETIME(3) in UTC (hibernate.jdbc.time_zone) in every table: TIMESTAMP would end in January 2038.
CREATE TABLE person (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(255) NOT NULL,
    display_name     VARCHAR(255) NOT NULL,
    email            VARCHAR(320),
    preferred_locale VARCHAR(16),
    first_seen       DATETIME(3) NOT NULL,
    last_seen        DATETIME(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
