/**
 * Sessions of a negotiation process (formal, reconvened, intersessional and regional consultations) with their
 * agendas; accredited organisations register representatives and ask to speak on agenda items; the secretariat
 * builds and publishes the speakers' list.
 */
package org.stakeholderportal.session;
