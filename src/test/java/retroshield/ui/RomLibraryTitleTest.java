package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The library's headings name the language once. */
class RomLibraryTitleTest {

    @Test
    void theLanguageFollowsANameThatDoesNotSayIt() {
        assertEquals("Firth  \u00b7  Forth", RomLibraryPane.title("Firth", "Forth"));
    }

    @Test
    void aNameThatAlreadySaysItsLanguageStandsAlone() {
        assertEquals("Forth", RomLibraryPane.title("Forth", "Forth"));
        assertEquals("MINT 2", RomLibraryPane.title("MINT 2", "MINT"));
        assertEquals("RetroShield BASIC", RomLibraryPane.title("RetroShield BASIC", "basic"));
    }

    @Test
    void noLanguageLeavesTheName() {
        assertEquals("EfexMon", RomLibraryPane.title("EfexMon", null));
        assertEquals("EfexMon", RomLibraryPane.title("EfexMon", " "));
    }
}
