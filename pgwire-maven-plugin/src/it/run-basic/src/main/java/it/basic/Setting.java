package it.basic;

/** What the forked JVM was started with, as the application sees it. */
public record Setting(String name, String value) {}
