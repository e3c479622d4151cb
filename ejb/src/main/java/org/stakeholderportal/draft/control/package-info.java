/**
 * Logic behind drafts that the draft boundary composes: reading a draft from Akoma Ntoso or Markdown into a
 * {@link org.stakeholderportal.draft.control.DraftOutline}, writing it back as Akoma Ntoso, redlining two texts
 * word by word and carrying comments across revisions by mapping old provisions to new ones.
 * <p>
 * Plain Java with no container services, so every rule here is unit-tested without a server.
 */
package org.stakeholderportal.draft.control;
