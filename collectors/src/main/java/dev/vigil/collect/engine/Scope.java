package dev.vigil.collect.engine;

/** Where a collector runs within an account. */
public enum Scope {
    /** once per account (global services: IAM, S3 listing, S3 Control) */
    GLOBAL,
    /** once per enabled region of the account */
    REGIONAL,
    /** once, in the management account (or the single account) only */
    MANAGEMENT,
    /** once, in the management account of an organization; not in single-account mode, where there is none */
    ORGANIZATION
}
