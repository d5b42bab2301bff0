package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Template folders")
class TemplateLayoutTest {

  private static final Path TEMPLATES = Path.of("templates");
  private static final Pattern PARTIAL = Pattern.compile("\\{\\{#?>\\s*([\\w/-]+)");
  private static final String SHARED = "layout";

  @Test
  @DisplayName(
      "every partial call names a template that exists, since Handlebars finds a missing one only at render")
  void partialCallsResolve() throws IOException {
    Map<String, Set<String>> callers = partialCallers();
    Set<String> missing = new TreeSet<>();
    callers.forEach(
        (partial, from) -> {
          if (!Files.isRegularFile(TEMPLATES.resolve(partial + ".hbs"))) {
            missing.add(partial + " (called from " + from + ")");
          }
        });
    assertFalse(callers.isEmpty());
    assertEquals(Set.of(), missing);
  }

  @Test
  @DisplayName("a partial outside layout/ is called only from its own feature's folder")
  void featurePartialsStayInTheirFeature() throws IOException {
    Set<String> strays = new TreeSet<>();
    partialCallers()
        .forEach(
            (partial, from) -> {
              String folder = folder(partial);
              if (!folder.equals(SHARED)) {
                from.stream()
                    .filter(caller -> !folder(caller).equals(folder))
                    .forEach(caller -> strays.add(caller + " calls " + partial));
              }
            });
    assertEquals(Set.of(), strays, "move a partial that several features use to " + SHARED + "/");
  }

  /**
   * Each partial called anywhere, with the templates that call it; names are paths without ".hbs".
   */
  private static Map<String, Set<String>> partialCallers() throws IOException {
    Map<String, Set<String>> callers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".hbs")).toList()) {
        String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
        String caller = relative.substring(0, relative.length() - ".hbs".length());
        Matcher call = PARTIAL.matcher(Files.readString(file));
        while (call.find()) {
          callers.computeIfAbsent(call.group(1), name -> new TreeSet<>()).add(caller);
        }
      }
    }
    return callers;
  }

  private static String folder(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }
}
