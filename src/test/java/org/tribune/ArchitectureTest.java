package org.tribune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The package map of STYLE.md, held by tests rather than by memory: where SQL may be written, and
 * which features may not depend on which.
 */
@AnalyzeClasses(packages = "org.tribune", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final Set<String> STATEMENT_MAKERS = Set.of("createQuery", "createUpdate", "createBatch",
            "prepareBatch", "execute", "select", "createCall", "createScript");
    private static final DescribedPredicate<JavaMethodCall> MAKING_A_STATEMENT = DescribedPredicate.describe(
            "the method makes a SQL statement through JDBI (Handle." + String.join("/", STATEMENT_MAKERS.stream().sorted().toList()) + ")",
            call -> call.getTargetOwner().isAssignableTo(Handle.class) && STATEMENT_MAKERS.contains(call.getName()));

    @ArchTest
    static void sql_is_written_only_in_repositories(JavaClasses classes) {
        // Nested classes of a repository (its records, its row mappers) count as the repository.
        noClasses().that().haveNameNotMatching(".*Repository(\\$.*)?")
                .and().resideOutsideOfPackage("org.tribune.db")
                .should().callMethodWhere(MAKING_A_STATEMENT)
                .because("SQL lives in *Repository classes; dialect statements in org.tribune.db")
                .check(classes);
    }

    @ArchTest
    static void the_chinese_conversion_depends_on_nothing_else_of_tribune(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.tribune.zh..")
                .should().dependOnClassesThat(resideInTribuneOutside("org.tribune.zh"))
                .check(classes);
    }

    @ArchTest
    static void the_content_model_depends_on_neither_the_web_nor_the_site(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.tribune.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tribune.web..", "org.tribune.site..")
                .check(classes);
    }

    @ArchTest
    static void feature_packages_form_no_cycles(JavaClasses classes) {
        slices().matching("org.tribune.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> resideInTribuneOutside(String own) {
        return DescribedPredicate.describe("reside in org.tribune outside " + own, c -> {
            String pkg = c.getPackageName();
            return (pkg.equals("org.tribune") || pkg.startsWith("org.tribune."))
                    && !(pkg.equals(own) || pkg.startsWith(own + "."));
        });
    }
}
