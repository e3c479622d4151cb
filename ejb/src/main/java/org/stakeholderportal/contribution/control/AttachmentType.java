package org.stakeholderportal.contribution.control;

/**
 * The document formats that may be attached to a comment. The type of an upload is decided from its
 * content by {@link AttachmentInspector}, never from the name the client sent.
 */
public enum AttachmentType {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type to serve the attachment with, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, lower case and without the dot, e.g. {@code pdf}. */
    public String extension() {
        return extension;
    }
}
