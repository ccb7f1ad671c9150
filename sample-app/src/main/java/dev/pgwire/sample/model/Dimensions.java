package dev.pgwire.sample.model;

/** Outer dimensions of a parcel in centimetres; stored in {@code shipments.dimensions} as jsonb. */
public record Dimensions(int lengthCm, int widthCm, int heightCm) {}
