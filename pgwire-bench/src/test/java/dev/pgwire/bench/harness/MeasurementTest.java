package dev.pgwire.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasurementTest {
    @Test
    void advantageIsAboveOneWhenPgwireIsAheadWhateverTheUnit() {
        assertEquals(2.0, m(Unit.TPS, 100.0, 200.0, null).advantage(), 1e-9);
        assertEquals(2.0, m(Unit.MILLIS, 200.0, 100.0, null).advantage(), 1e-9);
        assertEquals(0.5, m(Unit.ROWS_PER_SECOND, 200.0, 100.0, null).advantage(), 1e-9);
        assertEquals(4.0, m(Unit.MIB, 40.0, 10.0, null).advantage(), 1e-9);
    }

    @Test
    void missingOrZeroFiguresHaveNoAdvantageAndNoVerdict() {
        assertNull(m(Unit.TPS, null, 5.0, new Target.Ratio(1.2)).advantage());
        assertNull(m(Unit.TPS, null, 5.0, new Target.Ratio(1.2)).targetMet());
        assertNull(m(Unit.MIB, 0.0, 5.0, null).advantage());
        assertNull(m(Unit.TPS, 1.0, 5.0, null).targetMet());
    }

    @Test
    void ratioTargetsCompareTheAdvantage() {
        assertTrue(m(Unit.TPS, 100.0, 120.0, new Target.Ratio(1.2)).targetMet());
        assertFalse(m(Unit.TPS, 100.0, 119.0, new Target.Ratio(1.2)).targetMet());
        assertTrue(m(Unit.MILLIS, 100.0, 50.0, new Target.Ratio(2.0)).targetMet());
        assertFalse(m(Unit.MILLIS, 100.0, 51.0, new Target.Ratio(2.0)).targetMet());
    }

    @Test
    void belowTargetsComparePgwiresOwnFigure() {
        assertTrue(m(Unit.MILLIS, 5000.0, 1499.0, new Target.Below(1500)).targetMet());
        assertFalse(m(Unit.MILLIS, 10.0, 1500.0, new Target.Below(1500)).targetMet());
        assertTrue(m(Unit.MIB, null, 63.9, new Target.Below(64)).targetMet());
        assertEquals("pgwire < 64", new Target.Below(64).describe());
        assertEquals("≥ 1.2×", new Target.Ratio(1.2).describe());
    }

    @Test
    void unitsFormatForTheTable() {
        assertEquals("12,346 tps", Unit.TPS.format(12345.6));
        assertEquals("123.5 ms", Unit.MILLIS.format(123.45));
        assertEquals("1.50 MiB", Unit.MIB.format(1.5));
        assertEquals("0.046 MiB", Unit.MIB.format(0.0456));
    }

    @Test
    void notesAccumulate() {
        Measurement m = m(Unit.TPS, 1.0, 2.0, null).withNote("a").withNote("b");
        assertEquals("a; b", m.note());
    }

    private static Measurement m(Unit unit, Double postgres, Double pgwire, Target target) {
        return new Measurement("1. W", "metric", unit, postgres, pgwire, target, "");
    }
}
