package io.parcours.persona;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The domain does not know the API layer: graphql/ maps its inputs to domain values, never the other way. */
class LayersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parcours.persona");

    @Test
    void noDomainClassUsesTheApiLayer() {
        noClasses().that().resideOutsideOfPackage("io.parcours.persona.graphql..")
                .should().dependOnClassesThat().resideInAPackage("io.parcours.persona.graphql..")
                .check(classes);
    }
}
