package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Container images come from the Quarkus Jib extension, off by default, with coordinates that are
 * settings; the dev overlay runs exactly what a default build pushes.
 */
class ImageBuildTest {

  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final List<String> OVERRIDABLE =
      List.of(
          "quarkus.container-image.registry",
          "quarkus.container-image.group",
          "quarkus.container-image.tag",
          "quarkus.jib.base-jvm-image");

  @Test
  void everyServiceDeclaresTheJibExtensionVersionedByTheQuarkusBom() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    for (String service : Project.SERVICES) {
      String pom = Files.readString(Project.service(service).resolve("pom.xml"));
      Matcher dependency = DEPENDENCY.matcher(pom);
      String jib = null;
      while (dependency.find()) {
        if (dependency.group(1).contains("<artifactId>quarkus-container-image-jib</artifactId>")) {
          jib = dependency.group(1);
        }
      }
      softly.assertThat(jib).as("%s depends on quarkus-container-image-jib", service).isNotNull();
      if (jib != null) {
        softly
            .assertThat(jib)
            .as("%s: the Quarkus BOM manages the version", service)
            .doesNotContain("<version>");
      }
    }
    softly.assertAll();
  }

  @Test
  void imageCoordinatesAreSettingsAndTheBuildIsOffByDefault() {
    SoftAssertions softly = new SoftAssertions();
    for (String service : Project.SERVICES) {
      Map<String, String> properties = ServiceConfig.of(service).properties();
      for (String key : OVERRIDABLE) {
        softly
            .assertThat(properties.get(key))
            .as("%s %s has an environment override", service, key)
            .matches("\\$\\{[A-Z][A-Z0-9_]*:.+}");
      }
      softly
          .assertThat(properties.get("quarkus.container-image.name"))
          .as("%s image name", service)
          .isEqualTo(service);
      softly
          .assertThat(properties.getOrDefault("quarkus.container-image.build", "false"))
          .as("%s: ./mvnw verify never builds images", service)
          .isEqualTo("false");
      softly
          .assertThat(properties.getOrDefault("quarkus.container-image.push", "false"))
          .as("%s: nothing is pushed unless asked", service)
          .isEqualTo("false");
    }
    softly.assertAll();
  }

  @Test
  void devRunsTheImagesADefaultBuildProduces() throws IOException {
    String version = projectVersion();
    Manifests dev = Kustomize.render("dev");
    SoftAssertions softly = new SoftAssertions();
    for (String service : Project.SERVICES) {
      Map<String, String> properties = ServiceConfig.of(service).properties();
      String registry = defaultOf(properties.get("quarkus.container-image.registry"));
      String group = defaultOf(properties.get("quarkus.container-image.group"));
      String expected = registry + "/" + group + "/" + service + ":" + version;
      softly
          .assertThat(dev.get("Deployment", service).containers().get(0).get("image"))
          .as("dev image of %s", service)
          .isEqualTo(expected);
    }
    softly.assertAll();
  }

  /** The default of a {@code ${NAME:default}} value. */
  private static String defaultOf(String value) {
    List<Expressions.Reference> references = Expressions.references("key", value);
    assertThat(references).as("an expression with a default: %s", value).isNotEmpty();
    return references.get(0).defaultValue();
  }

  private static String projectVersion() throws IOException {
    String pom = Files.readString(Project.repository().resolve("pom.xml"));
    String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(withoutParent);
    assertThat(version.find()).isTrue();
    return version.group(1);
  }
}
