package org.keuzevrij.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout the code keeps: features sit on the catalogue and on plumbing, never the other way
 * round, and only the classes that answer HTTP requests know about Vert.x Web.
 */
@AnalyzeClasses(packages = "org.keuzevrij", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * From top to bottom: the app wires everything; admin manages users and the catalogue; the
   * features beside each other never import each other; browse holds the page helpers they share;
   * scoring reads the catalogue; web, xlsx and storage are plumbing that import no feature.
   */
  @ArchTest
  static final ArchRule noPackageImportsUpward =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.keuzevrij..")
          .layer("app")
          .definedBy("org.keuzevrij.app..")
          .layer("admin")
          .definedBy("org.keuzevrij.admin..")
          .layer("editing")
          .definedBy("org.keuzevrij.editing..")
          .layer("users")
          .definedBy("org.keuzevrij.users..")
          .layer("checklist")
          .definedBy("org.keuzevrij.checklist..")
          .layer("comparison")
          .definedBy("org.keuzevrij.comparison..")
          .layer("research")
          .definedBy("org.keuzevrij.research..")
          .layer("costs")
          .definedBy("org.keuzevrij.costs..")
          .layer("browse")
          .definedBy("org.keuzevrij.browse..")
          .layer("scoring")
          .definedBy("org.keuzevrij.scoring..")
          .layer("catalogue")
          .definedBy("org.keuzevrij.catalogue..")
          .layer("plumbing")
          .definedBy("org.keuzevrij.web..", "org.keuzevrij.xlsx..", "org.keuzevrij.storage..")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("admin")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("editing")
          .mayOnlyBeAccessedByLayers("admin", "app")
          .whereLayer("users")
          .mayOnlyBeAccessedByLayers("admin", "app")
          .whereLayer("checklist")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("comparison")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("research")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("costs")
          .mayOnlyBeAccessedByLayers("comparison", "research", "app")
          .whereLayer("browse")
          .mayOnlyBeAccessedByLayers(
              "admin", "editing", "checklist", "comparison", "research", "costs", "app")
          .whereLayer("scoring")
          .mayOnlyBeAccessedByLayers(
              "browse", "checklist", "comparison", "research", "costs", "editing", "admin", "app")
          .whereLayer("catalogue")
          .mayOnlyBeAccessedByLayers(
              "scoring",
              "browse",
              "checklist",
              "comparison",
              "research",
              "costs",
              "editing",
              "users",
              "admin",
              "app")
          .whereLayer("plumbing")
          .mayOnlyBeAccessedByLayers(
              "catalogue",
              "scoring",
              "browse",
              "checklist",
              "comparison",
              "research",
              "costs",
              "editing",
              "users",
              "admin",
              "app");

  /**
   * Handlers (…Api, …Pages) and page models (…Page, …View) answer requests; the core never sees
   * one.
   */
  @ArchTest
  static final ArchRule onlyHandlersAndPagesUseVertxWeb =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.keuzevrij.web..", "org.keuzevrij.app..")
          .and()
          .haveSimpleNameNotEndingWith("Api")
          .and()
          .haveSimpleNameNotEndingWith("Pages")
          .and()
          .haveSimpleNameNotEndingWith("Page")
          .and()
          .haveSimpleNameNotEndingWith("View")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.vertx.ext.web..");
}
