package dev.pgwire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SampleSettingsTest {
    @Test
    void defaultsWhenNothingIsSet() {
        SampleSettings s = SampleSettings.fromProperties(new Properties());
        assertEquals(SampleSettings.defaults(), s);
        assertTrue(s.activity());
        assertEquals(Duration.ofMillis(250), s.interval());
    }

    @Test
    void activityOffIntervalAndSeed() {
        Properties p = new Properties();
        p.setProperty("sample.activity", " OFF ");
        p.setProperty("sample.activity.interval", "40");
        p.setProperty("sample.seed", "7");
        SampleSettings s = SampleSettings.fromProperties(p);
        assertFalse(s.activity());
        assertEquals(Duration.ofMillis(40), s.interval());
        assertEquals(7, s.seed());
    }

    @Test
    void invalidValuesAreRejectedWithTheirName() {
        Properties p = new Properties();
        p.setProperty("sample.activity", "sometimes");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleSettings.fromProperties(p))
                .getMessage().contains("sample.activity"));
        Properties q = new Properties();
        q.setProperty("sample.activity.interval", "fast");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleSettings.fromProperties(q))
                .getMessage().contains("sample.activity.interval"));
        Properties r = new Properties();
        r.setProperty("sample.activity.interval", "0");
        assertThrows(IllegalArgumentException.class, () -> SampleSettings.fromProperties(r));
    }
}
