/**
 * The sample's business logic. {@link dev.pgwire.sample.service.OrderService} holds the live state and
 * declares its instance {@code @PgTable} sources (maps, lists, a {@code Supplier} and a {@code Stream}
 * method); {@link dev.pgwire.sample.service.ReferenceData} holds static ones;
 * {@link dev.pgwire.sample.service.SeedData} generates history deterministically and
 * {@link dev.pgwire.sample.service.Activity} keeps changing it while the server runs.
 */
package dev.pgwire.sample.service;
