-- Persona photos, stored by content: a photo's address is the SHA-256 of its bytes, so it never changes once served
-- (cached for good by browsers) and a replaced photo gets a new one. See PersonaPhotos.
create table persona_photo (
    sha256       char(64)     primary key,
    content_type varchar(20)  not null,
    bytes        bytea        not null,
    created_at   timestamptz  not null default now()
);
