package dev.pgwire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest
    @CsvSource({
        "orderId, order_id",
        "URLValue, url_value",
        "x2y, x2y",
        "id, id",
        "ID, id",
        "OpenOrders, open_orders",
        "HTTPServer2Port, http_server2_port",
        "value2X, value2_x",
        "already_snake, already_snake",
        "with_Upper, with_upper",
        "aB, a_b",
        "getURL, get_url"
    })
    void snakeCase(String java, String sql) {
        assertEquals(sql, Names.snakeCase(java));
    }

    @Test
    void propertyOfGetters() {
        assertEquals("orderId", Names.propertyOf("getOrderId", false));
        assertEquals("URL", Names.propertyOf("getURL", false));
        assertEquals("active", Names.propertyOf("isActive", true));
        assertEquals("active", Names.propertyOf("getActive", true));
        assertNull(Names.propertyOf("isActive", false), "isX() only for booleans");
        assertNull(Names.propertyOf("getter", false));
        assertNull(Names.propertyOf("get", false));
        assertNull(Names.propertyOf("island", true));
        assertNull(Names.propertyOf("name", false));
    }

    @Test
    void tableNameOfSources() {
        assertEquals("open_orders", Names.tableNameOf("getOpenOrders", true));
        assertEquals("open_orders", Names.tableNameOf("openOrders", true));
        assertEquals("get_open_orders", Names.tableNameOf("getOpenOrders", false), "fields keep their prefix");
        assertEquals("getter", Names.tableNameOf("getter", true));
    }
}
