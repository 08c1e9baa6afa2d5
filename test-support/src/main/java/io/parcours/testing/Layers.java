package io.parcours.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout every service shares: feature packages hold the domain; graphql/ and rest/ are the adapters that map
 * their inputs to domain values. The domain never depends on an adapter; adapters may share a wire shape.
 */
public final class Layers {

    private Layers() {
    }

    /** Fails, naming each offending dependency, when a domain class of {@code root} uses graphql/ or rest/. */
    public static void checkDomainIgnoresAdapters(String root) {
        String[] adapters = { root + ".graphql..", root + ".rest.." };
        noClasses().that().resideOutsideOfPackages(adapters)
                .should().dependOnClassesThat().resideInAnyPackage(adapters)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root));
    }
}
