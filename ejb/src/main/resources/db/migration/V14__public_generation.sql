-- The generation of what anonymous readers see: every change that may alter a public page moves it on, in the
-- change's own transaction, and each node's render cache of public pages drops what it rendered before.
-- Moved to at least the database's clock in microseconds, so a value is never handed out twice, not even after a
-- restore of an older backup (a cache that saw the later value would otherwise take the old pages as current).
CREATE TABLE public_generation (
    id         TINYINT NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO public_generation (id, generation) VALUES (1, 0);
