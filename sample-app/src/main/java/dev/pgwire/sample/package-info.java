/**
 * The pgwire sample: an order-management service ({@link dev.pgwire.sample.SampleApp}) whose customers,
 * catalogue, orders, order lines, shipments and stock are exposed as SQL tables while a background
 * activity keeps changing them. {@link dev.pgwire.sample.SampleSettings} lists its
 * {@code -Dsample.*} switches.
 */
package dev.pgwire.sample;
