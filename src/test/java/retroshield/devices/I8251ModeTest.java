package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding of the 8251A mode instruction. */
class I8251ModeTest {

    @ParameterizedTest(name = "mode ${0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "4D| async x1 8N1",
        "4E| async x16 8N1",
        "CF| async x64 8N2",
        "7A| async x16 7E1",
        "5B| async x64 7O1",
        "82| async x16 5N1.5",
        "0E| async x16 8Ninvalid",
        "0C| sync 8N, 2 sync chars",
        "9C| sync 8O, 1 sync char",
    })
    void describes(String hex, String text) {
        assertEquals(text, new I8251Mode(Integer.parseInt(hex, 16)).toString());
    }

    @Test
    void syncFlags() {
        I8251Mode single = new I8251Mode(0x80 | 0x40 | 0x0C);
        assertTrue(single.isSync());
        assertTrue(single.singleSync());
        assertTrue(single.externalSync());
        assertEquals(0, single.baudFactor());
        assertEquals("-", single.stopBits());
        I8251Mode async = new I8251Mode(0xCF);
        assertFalse(async.singleSync(), "bit 7 means stop bits in async mode");
        assertFalse(async.externalSync());
    }

    @Test
    void parity() {
        assertEquals('N', new I8251Mode(0x4E).parity());
        assertEquals('O', new I8251Mode(0x5E).parity());
        assertEquals('E', new I8251Mode(0x7E).parity());
    }

    @Test
    void rejectsNonBytes() {
        assertThrows(IllegalArgumentException.class, () -> new I8251Mode(0x100));
        assertThrows(IllegalArgumentException.class, () -> new I8251Mode(-1));
    }
}
