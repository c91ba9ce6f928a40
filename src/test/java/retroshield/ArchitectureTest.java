package retroshield;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: JavaFX only in ui, the Z80 core free of every framework. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("retroshield");
    }

    @Test
    void javafxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("retroshield.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void cpuDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("retroshield.cpu..")
                .should().dependOnClassesThat().resideOutsideOfPackages("retroshield.cpu..", "java..")
                .check(classes);
    }

    @Test
    void innerLayersDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("retroshield.cpu..", "retroshield.devices..",
                        "retroshield.machine..", "retroshield.rom..", "retroshield.terminal..",
                        "retroshield.debug..")
                .should().dependOnClassesThat().resideInAnyPackage("retroshield.ui..", "retroshield.cli..")
                .check(classes);
    }
}
