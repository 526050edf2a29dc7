package io.newsetl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package lines of the house style, held by the build. */
@AnalyzeClasses(packages = "io.newsetl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule articleRecordsUseTheJdkOnly =
      classes()
          .that()
          .resideInAPackage("io.newsetl.article..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.newsetl.article..");

  @ArchTest
  static final ArchRule cleaningAndEnrichmentAreFreeOfFrameworks =
      noClasses()
          .that()
          .resideInAnyPackage("io.newsetl.clean..", "io.newsetl.enrich..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "org.apache.tika..",
              "org.apache.parquet..",
              "org.apache.hadoop..");

  @ArchTest
  static final ArchRule onlyIngestTouchesTika =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.newsetl.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.tika..");

  @ArchTest
  static final ArchRule onlyWriteTouchesParquet =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.newsetl.write..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.parquet..");

  @ArchTest
  static final ArchRule onlyIngestAndWriteTouchHadoop =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.newsetl.ingest..", "io.newsetl.write..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.hadoop..");

  @ArchTest
  static final ArchRule pipelineLogicIsFreeOfSpring =
      noClasses()
          .that()
          .resideInAnyPackage("io.newsetl.pipeline..", "io.newsetl.ingest..", "io.newsetl.write..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule theBenchmarkIsFreeOfSpring =
      noClasses()
          .that()
          .resideInAPackage("io.newsetl.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule onlyTheCommandLineRunsTheBenchmark =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.newsetl.bench..", "io.newsetl.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.newsetl.bench..");
}
