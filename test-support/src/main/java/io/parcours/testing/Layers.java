package io.parcours.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout every service shares: feature packages hold the domain; graphql/ and rest/ are the adapters that map
 * their inputs to domain values. The domain never depends on an adapter; adapters may share a wire shape. Packages
 * never import each other in a circle.
 */
public final class Layers {

    private Layers() {
    }

    /** Fails, naming each offending dependency, when a domain class of {@code root} uses graphql/ or rest/. */
    public static void checkDomainIgnoresAdapters(String root) {
        String[] adapters = { root + ".graphql..", root + ".rest.." };
        noClasses().that().resideOutsideOfPackages(adapters)
                .should().dependOnClassesThat().resideInAnyPackage(adapters)
                .check(mainClasses(root));
    }

    /**
     * Fails, naming each cycle, when the packages right under {@code root} import each other in a circle: a worker
     * that drives several features sits above them, and the low-level types they share below them.
     */
    public static void checkPackagesFreeOfCycles(String root) {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(mainClasses(root));
    }

    private static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root);
    }
}
