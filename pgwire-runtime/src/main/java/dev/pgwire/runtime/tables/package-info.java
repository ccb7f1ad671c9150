/** The registry of exposed tables: discovered static sources and registered instances. */
package dev.pgwire.runtime.tables;
