/**
 * What every feature stands on: schema migrations, the portal's clock, the role names and the
 * people who sign in.
 */
package org.stakeholderportal.platform;
