package org.tribune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.search.SearchIndex;
import org.tribune.zh.ChineseConversions;

/**
 * The package map of STYLE.md, held by tests rather than by memory: where SQL may be written, and
 * which features may not depend on which.
 */
@AnalyzeClasses(packages = "org.tribune", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final Set<String> STATEMENT_MAKERS = Set.of(
            "createQuery",
            "createUpdate",
            "createBatch",
            "prepareBatch",
            "execute",
            "select",
            "createCall",
            "createScript");
    private static final DescribedPredicate<JavaMethodCall> MAKING_A_STATEMENT = DescribedPredicate.describe(
            "the method makes a SQL statement through JDBI (Handle."
                    + String.join("/", STATEMENT_MAKERS.stream().sorted().toList()) + ")",
            call -> call.getTargetOwner().isAssignableTo(Handle.class) && STATEMENT_MAKERS.contains(call.getName()));

    @ArchTest
    static void sql_is_written_only_in_repositories(JavaClasses classes) {
        // Nested classes of a repository (its records, its row mappers) count as the repository.
        noClasses()
                .that()
                .haveNameNotMatching(".*Repository(\\$.*)?")
                .and()
                .resideOutsideOfPackage("org.tribune.db")
                .should()
                .callMethodWhere(MAKING_A_STATEMENT)
                .because("SQL lives in *Repository classes; dialect statements in org.tribune.db")
                .check(classes);
    }

    @ArchTest
    static void the_chinese_conversion_depends_on_nothing_else_of_tribune(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.zh..")
                .should()
                .dependOnClassesThat(resideInTribuneOutside("org.tribune.zh"))
                .check(classes);
    }

    @ArchTest
    static void the_content_model_depends_on_neither_the_web_nor_the_site(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.tribune.web..", "org.tribune.site..")
                .check(classes);
    }

    @ArchTest
    static void the_content_model_depends_on_no_feature_built_on_it(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.tribune.newsroom..",
                        "org.tribune.search..",
                        "org.tribune.feed..",
                        "org.tribune.editor..",
                        "org.tribune.api..",
                        "org.tribune.export..",
                        "org.tribune.importer..",
                        "org.tribune.app..")
                .check(classes);
    }

    /**
     * The WordPress import stores a site's images through the media library (re-encoded and named
     * as newsroom uploads are), so the import may use {@code media}; nothing that serves requests.
     */
    @ArchTest
    static void the_import_depends_only_on_the_content_model_markdown_and_the_media_library(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.importer..")
                .should()
                .dependOnClassesThat(resideInTribuneOutside(
                        "org.tribune.importer", "org.tribune.content", "org.tribune.markdown", "org.tribune.media"))
                .check(classes);
    }

    @ArchTest
    static void markdown_rendering_depends_only_on_the_chinese_conversion(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.markdown..")
                .should()
                .dependOnClassesThat(resideInTribuneOutside("org.tribune.markdown", "org.tribune.zh"))
                .check(classes);
    }

    @ArchTest
    static void the_newsroom_workflow_knows_nothing_of_pages_or_http(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.newsroom..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.tribune.web..",
                        "org.tribune.site..",
                        "org.tribune.editor..",
                        "org.tribune.api..",
                        "org.tribune.app..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(classes);
    }

    @ArchTest
    static void the_static_export_renders_through_the_site_without_the_server(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.tribune.app..", "org.tribune.editor..", "org.tribune.api..", "org.tribune.auth..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
                .check(classes);
    }

    @ArchTest
    static void only_the_command_line_depends_on_the_composition_root(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.tribune.app..", "org.tribune.cli..")
                .and()
                .doNotHaveFullyQualifiedName("org.tribune.Main")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tribune.app..")
                .check(classes);
    }

    @ArchTest
    static void commands_get_their_services_from_the_composition_root(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("org.tribune.cli..")
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "the constructor of a service or a repository",
                        call -> call.getTargetOwner().getSimpleName().matches(".*(Service|Repository)")))
                .orShould()
                .callMethod(SearchIndex.class, "open", Path.class, ChineseConversions.class, Clock.class)
                .check(classes);
    }

    @ArchTest
    static void feature_packages_form_no_cycles(JavaClasses classes) {
        slices().matching("org.tribune.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static DescribedPredicate<JavaClass> resideInTribuneOutside(String... allowed) {
        return DescribedPredicate.describe("reside in org.tribune outside " + String.join(", ", allowed), c -> {
            String pkg = c.getPackageName();
            return (pkg.equals("org.tribune") || pkg.startsWith("org.tribune."))
                    && Arrays.stream(allowed).noneMatch(own -> pkg.equals(own) || pkg.startsWith(own + "."));
        });
    }
}
