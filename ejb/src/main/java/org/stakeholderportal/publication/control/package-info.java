/**
 * Logic behind publication that the publication boundary composes: the digest of published input written as a
 * tagged PDF ({@link org.stakeholderportal.publication.control.DigestPdf}) and as an editable Word document
 * ({@link org.stakeholderportal.publication.control.DigestDocx}), both fed section by section and contribution by
 * contribution through {@link org.stakeholderportal.publication.control.DigestWriter}, so that a digest of tens of
 * thousands of contributions never has to be held in memory.
 * <p>
 * Plain Java with no container services, so every rule here is unit-tested without a server.
 */
package org.stakeholderportal.publication.control;
