package dev.pgwire.sample.model;

/** Parcel carriers the warehouses hand shipments to. */
public enum Carrier {
    DHL,
    DPD,
    GLS,
    POSTNL,
    UPS
}
