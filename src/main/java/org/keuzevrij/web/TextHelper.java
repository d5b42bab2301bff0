package org.keuzevrij.web;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;

/**
 * {@code {{t "key" arg…}}}: the interface text in the language of the page being rendered. The
 * result is a plain string, so Handlebars escapes it like any other value.
 */
final class TextHelper implements Helper<String> {

  static final String NAME = "t";

  private final Messages messages;

  TextHelper(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Object apply(String key, Options options) {
    Language language = options.data(Templates.LANGUAGE);
    return messages.text(language == null ? Language.DEFAULT : language, key, options.params);
  }
}
