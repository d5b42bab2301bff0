package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The shipped {@code src/deploy} files start {@code serve} with the options they promise: the
 * environment that systemd (the unit's {@code Environment=} and {@code EnvironmentFile=}) or Docker
 * (the image's {@code ENV} and {@code --env-file}) gives the app, and the {@code serve} arguments
 * that the unit's {@code ExecStart} and the image's {@code ENTRYPOINT} build from it. The options'
 * {@code ${env:...}} defaults are read by picocli from the process environment only, so each
 * command line is parsed in a child JVM that has exactly that environment.
 */
@DisplayName("Deployment: the shipped env file, unit and container start serve as they promise")
class DeployConfigurationTest {

  private static final Path DEPLOY = Path.of("src", "deploy");

  /** Variables that the app reads itself rather than as an option's default. */
  private static final Set<String> NOT_OPTIONS =
      Set.of(
          "JAVA_OPTS",
          "KEUZEVRIJ_OPTIONS",
          "KEUZEVRIJ_ADMIN_PASSWORD",
          "KEUZEVRIJ_OIDC_CLIENT_SECRET");

  private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:(\\w+)(?::-[^}]*)?}");

  @Test
  @DisplayName(
      "every variable keuzevrij.env sets is one that serve reads, and its values carry no quotes")
  void envFileNamesKnownVariables() throws IOException {
    Map<String, String> byVariable = optionsByVariable();
    Map<String, String> file = envFile();
    for (String variable : file.keySet()) {
      assertTrue(
          NOT_OPTIONS.contains(variable) || byVariable.containsKey(variable),
          () -> variable + " is no option's variable; serve would ignore it");
    }
  }

  @Test
  @DisplayName(
      "the systemd unit's ExecStart, with its Environment= and keuzevrij.env, parses to the file's"
          + " options")
  void systemdUnit() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>();
    List<String> serveWords = null;
    for (String line : logicalLines(DEPLOY.resolve("keuzevrij.service"))) {
      if (line.startsWith("Environment=")) {
        String assignment = line.substring("Environment=".length());
        environment.put(
            assignment.substring(0, assignment.indexOf('=')),
            assignment.substring(assignment.indexOf('=') + 1));
      } else if (line.startsWith("ExecStart=")) {
        serveWords = afterServe(line);
      }
    }
    assertNotNull(serveWords, "the unit's ExecStart runs serve");
    // Settings from EnvironmentFile= override those made with Environment=.
    environment.putAll(envFile());
    Map<String, String> options = parseInChild(expand(serveWords, environment), environment);
    assertPromised(options, environment);
  }

  @Test
  @DisplayName(
      "the container's ENTRYPOINT, with the image's ENV and --env-file keuzevrij.env, parses to the"
          + " file's options")
  void container() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>();
    List<String> serveWords = null;
    for (String line : logicalLines(DEPLOY.resolve("Containerfile"))) {
      if (line.startsWith("FROM ")) {
        environment.clear(); // only the last stage's ENV reaches the image
      } else if (line.startsWith("ENV ")) {
        for (String assignment : line.substring("ENV ".length()).trim().split("\\s+")) {
          environment.put(
              assignment.substring(0, assignment.indexOf('=')),
              assignment.substring(assignment.indexOf('=') + 1));
        }
      } else if (line.startsWith("ENTRYPOINT ")) {
        JsonNode entrypoint = new ObjectMapper().readTree(line.substring("ENTRYPOINT ".length()));
        for (JsonNode word : entrypoint) {
          if (word.asText().contains(" serve ")) {
            serveWords = afterServe(word.asText());
          }
        }
      }
    }
    assertNotNull(serveWords, "the ENTRYPOINT runs serve");
    // docker run --env-file overrides the image's ENV; "$@" is empty without a command.
    environment.putAll(envFile());
    Map<String, String> options = parseInChild(expand(serveWords, environment), environment);
    assertPromised(options, environment);
  }

  /**
   * Each option whose variable is set has that value, and the values keuzevrij.env exists for are
   * there.
   */
  private static void assertPromised(Map<String, String> options, Map<String, String> environment)
      throws IOException {
    Map<String, String> byVariable = optionsByVariable();
    environment.forEach(
        (variable, value) -> {
          if (byVariable.containsKey(variable)) {
            String option = byVariable.get(variable);
            assertEquals(value, options.get(option), option + " from " + variable);
          }
        });
    assertEquals("8080", options.get("--port"));
    assertEquals("true", options.get("--secure-cookies"));
    assertEquals("x-forwarded", options.get("--forwarded"));
    assertEquals("/var/lib/keuzevrij/catalogue", options.get("--catalogue"));
    assertEquals("/var/lib/keuzevrij/data", options.get("--data"));
  }

  /** keuzevrij.env as systemd and Docker both read it: VARIABLE=value lines, # comments. */
  private static Map<String, String> envFile() throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DEPLOY.resolve("keuzevrij.env"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      assertTrue(equals > 0, () -> "not VARIABLE=value: " + line);
      String value = line.substring(equals + 1);
      // systemd strips quotes and surrounding blanks, Docker keeps them: the file must not need
      // either.
      assertFalse(
          value.contains("\"") || value.contains("'") || !value.equals(value.strip()),
          () -> "systemd and Docker read this value differently: " + line);
      variables.put(line.substring(0, equals), value);
    }
    return variables;
  }

  /** Each serve option's environment variable, from its {@code ${env:NAME}} default. */
  private static Map<String, String> optionsByVariable() {
    Map<String, String> byVariable = new LinkedHashMap<>();
    CommandLine serve = new CommandLine(new ServeCommand()).setInterpolateVariables(false);
    for (OptionSpec option : serve.getCommandSpec().options()) {
      String defaultValue = option.defaultValue();
      Matcher matcher = ENV_DEFAULT.matcher(defaultValue == null ? "" : defaultValue);
      if (matcher.matches()) {
        byVariable.put(matcher.group(1), option.longestName());
      }
    }
    return byVariable;
  }

  /** The file's lines with backslash continuations joined and comments left out. */
  private static List<String> logicalLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (current.length() == 0 && (line.startsWith("#") || line.isBlank())) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        lines.add(current.append(line).toString());
        current.setLength(0);
      }
    }
    return lines;
  }

  /** The words after {@code serve} in a command line. */
  private static List<String> afterServe(String commandLine) {
    List<String> words = Arrays.asList(commandLine.trim().split("\\s+"));
    int serve = words.indexOf("serve");
    assertTrue(serve >= 0, () -> "no serve in " + commandLine);
    return words.subList(serve + 1, words.size());
  }

  /**
   * The arguments systemd or the shell make of these words: a bare {@code $NAME} becomes the
   * variable's value split at whitespace (none when unset or empty), {@code "$@"} the container's
   * command, empty here.
   */
  private static List<String> expand(List<String> words, Map<String, String> environment) {
    List<String> arguments = new ArrayList<>();
    for (String word : words) {
      if (word.equals("\"$@\"")) {
        continue;
      }
      if (word.matches("\\$\\w+")) {
        String value = environment.getOrDefault(word.substring(1), "").strip();
        if (!value.isEmpty()) {
          arguments.addAll(Arrays.asList(value.split("\\s+")));
        }
      } else if (word.contains("$") || word.contains("\"") || word.contains("'")) {
        fail("the test does not know how to expand " + word);
      } else {
        arguments.add(word);
      }
    }
    return arguments;
  }

  /**
   * Runs {@code keuzevrij serve ARGUMENTS} through the real parser in a JVM whose environment is
   * exactly the one given, and returns each serve option's value.
   */
  private static Map<String, String> parseInChild(
      List<String> arguments, Map<String, String> environment) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ParseServe.class.getName(),
                "serve"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process child = builder.redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertEquals(
          0,
          child.waitFor(),
          () -> "keuzevrij serve " + String.join(" ", arguments) + " is refused: " + output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("--")) {
        options.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    return options;
  }

  /**
   * Parses its arguments as {@link Main} does and prints each serve option as {@code --name=value};
   * exits 2 with picocli's message on a usage error, as the app would.
   */
  static final class ParseServe {

    public static void main(String[] args) {
      try {
        ParseResult serve = new CommandLine(new Main()).parseArgs(args).subcommand();
        if (serve == null || !serve.commandSpec().name().equals("serve")) {
          System.out.println("not the serve command");
          System.exit(3);
        }
        for (OptionSpec option : serve.commandSpec().options()) {
          Object value = option.getValue();
          System.out.println(
              option.longestName()
                  + "="
                  + (value instanceof ForwardedHeaders headers ? headers.code() : value));
        }
      } catch (ParameterException e) {
        System.out.println(e.getMessage());
        System.exit(2);
      }
    }
  }
}
