/** Test fixtures shared across the runtime's tests, such as a throwaway real PostgreSQL server. */
package dev.pgwire.runtime.testing;
