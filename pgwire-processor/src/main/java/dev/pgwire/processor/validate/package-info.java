/**
 * Rules that hold over the whole model of a compilation (names, column attributes, duplicate columns and
 * tables), checked after reading and before anything is written.
 */
package dev.pgwire.processor.validate;
