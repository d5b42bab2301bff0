package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;
import org.keuzevrij.web.Language;

/**
 * The clause categories, in the order checklists list them (the order of the issue that asked for
 * them).
 */
public enum Category {
  GOVERNANCE("governance", "Governance", "Governance"),
  AI_ACT("ai-act", "AI-verordening", "AI Act"),
  HUMAN_OVERSIGHT("human-oversight", "Menselijk toezicht", "Human oversight"),
  CHANGE_CONTROL("change-control", "Wijzigingsbeheer", "Change control"),
  GENERAL_PURPOSE_AI("general-purpose-ai", "AI voor algemene doeleinden", "General-purpose AI"),
  DATA_AND_IP("data-and-ip", "Data en intellectueel eigendom", "Data and IP"),
  PRIVACY("privacy", "Privacy", "Privacy"),
  SOVEREIGNTY("sovereignty", "Soevereiniteit", "Sovereignty"),
  EXIT("exit", "Exit", "Exit"),
  COMMERCIAL("commercial", "Commercieel", "Commercial"),
  TRANSPARENCY("transparency", "Transparantie", "Transparency"),
  FAIRNESS("fairness", "Eerlijkheid en toegankelijkheid", "Fairness and accessibility"),
  SECURITY("security", "Beveiliging", "Security"),
  CLIMATE("climate", "Klimaat", "Climate"),
  GENERATIVE_AI("generative-ai", "Generatieve AI", "Generative AI");

  private final String key;
  private final String nl;
  private final String en;

  Category(String key, String nl, String en) {
    this.key = key;
    this.nl = nl;
    this.en = en;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }

  public static Optional<Category> fromKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
