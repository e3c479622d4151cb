package org.stakeholderportal.organisation.entity;

/** Consultative status with ECOSOC: with it, accreditation is a formality; without it, a decision. */
public enum EcosocStatus {
    NONE,
    GENERAL,
    SPECIAL,
    ROSTER
}
