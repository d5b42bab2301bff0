package org.keuzevrij.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The interface texts in Dutch and English, read from {@code i18n/messages_nl.properties} and
 * {@code messages_en.properties} as UTF-8. Placeholders {@code {0}}, {@code {1}} … are replaced
 * literally; unlike {@link java.text.MessageFormat}, an apostrophe in a Dutch text ("foto's") needs
 * no escaping.
 */
public final class Messages {

  private final Map<Language, Map<String, String>> texts;

  private Messages(Map<Language, Map<String, String>> texts) {
    this.texts = texts;
  }

  public static Messages load() {
    Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(
          language,
          Collections.unmodifiableMap(read("i18n/messages_" + language.code() + ".properties")));
    }
    return new Messages(texts);
  }

  /** The text for {@code key}; a missing key is a programming error, caught by the page tests. */
  public String text(Language language, String key, Object... arguments) {
    String text = texts.get(language).get(key);
    if (text == null) {
      throw new IllegalArgumentException(
          "No " + language.code() + " message for key \"" + key + "\"");
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** For catalogue values that have a translation only when they come from a fixed vocabulary. */
  public Optional<String> find(Language language, String key) {
    return Optional.ofNullable(texts.get(language).get(key));
  }

  public Set<String> keys(Language language) {
    return texts.get(language).keySet();
  }

  private static Map<String, String> read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Message file " + resource + " is not on the classpath");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
    return map;
  }
}
