package dev.pgwire.sample.model;

/** Loyalty tier; exposed as its name in a text column. */
public enum CustomerTier {
    STANDARD,
    SILVER,
    GOLD,
    PLATINUM
}
