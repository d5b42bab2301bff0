package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.keuzevrij.web.Language;

/**
 * The named conditions clause triggers and priority rules are written in. Each is a plain function
 * of the case, answers true, false or unknown, and explains itself in Dutch and English; legal
 * staff pick from these names in the clause files, and the why of every checklist row is built from
 * the ones that matched.
 */
public enum Condition {
  HOSTED(
      "hosted",
      Confirm.SUPPLIER,
      ConditionChecks::hosted,
      "Gehost: de leverancier draait het model op infrastructuur die zij beheert (een gedeelde API of een aparte"
          + " omgeving), niet de gemeente zelf.",
      "Hosted: the supplier runs the model on infrastructure it operates (a shared API or a dedicated deployment),"
          + " not the city."),
  DATA_OUTSIDE_EEA(
      "dataOutsideEea",
      Confirm.SUPPLIER,
      ConditionChecks::dataOutsideEea,
      "Gegevens buiten de EER: verwerking of opslag kan buiten de EU/EER plaatsvinden.",
      "Data outside the EEA: processing or storage may take place outside the EU/EEA."),
  SUPPLIER_NON_EU_LAW(
      "supplierNonEuLaw",
      Confirm.SUPPLIER,
      ConditionChecks::supplierNonEuLaw,
      "Leverancier onder niet-EU-recht: de leverancier of een organisatie die haar controleert valt onder buitenlandse"
          + " wetten waarmee autoriteiten gegevens kunnen opeisen, zoals de Amerikaanse CLOUD Act.",
      "Supplier under non-EU law: the supplier or an organisation controlling it is subject to foreign laws that let"
          + " authorities demand data, such as the US CLOUD Act."),
  WEIGHTS_AVAILABLE(
      "weightsAvailable",
      Confirm.SUPPLIER,
      ConditionChecks::weightsAvailable,
      "Gewichten beschikbaar: de gemeente kan de gewichten van elk model in het aanbod zelf krijgen en draaien.",
      "Weights available: the city can obtain and run the weights of every model in the offering itself."),
  OSI_LICENCE(
      "osiLicence",
      Confirm.SUPPLIER,
      ConditionChecks::osiLicence,
      "OSI-licentie: elk model in het aanbod valt onder een licentie die het Open Source Initiative heeft goedgekeurd.",
      "OSI licence: every model in the offering is under a licence approved by the Open Source Initiative."),
  GENERATIVE(
      "generative",
      Confirm.CITY,
      ConditionChecks::generative,
      "Generatief: het systeem maakt tekst, beeld, audio of code. Het oordeel van de gemeente bij de toepassing telt;"
          + " laat die het open, dan tellen de modellen.",
      "Generative: the system produces text, images, audio or code. The city's judgement in the use case counts;"
          + " where it leaves this open, the models do."),
  GPAI_MODEL(
      "gpaiModel",
      Confirm.SUPPLIER,
      ConditionChecks::gpaiModel,
      "AI-model voor algemene doeleinden: ten minste één model is breed inzetbaar, zoals bedoeld in hoofdstuk V van"
          + " de AI-verordening.",
      "General-purpose model: at least one model can be used for a wide range of tasks, as meant in Chapter V of the"
          + " AI Act."),
  FINE_TUNING(
      "fineTuning",
      Confirm.CITY,
      ConditionChecks::fineTuning,
      "Fine-tuning: de opdracht omvat het bijtrainen van een model of het bouwen van adapters, embeddings of"
          + " zoekindexen op gegevens van de gemeente.",
      "Fine-tuning: the work includes further training of a model or building adapters, embeddings or retrieval"
          + " indexes on the city's data."),
  THIRD_PARTY_MODEL(
      "thirdPartyModel",
      Confirm.SUPPLIER,
      ConditionChecks::thirdPartyModel,
      "Model van derden: de leverancier levert een model dat een andere organisatie heeft ontwikkeld.",
      "Third-party model: the supplier delivers a model that another organisation developed."),
  USAGE_BASED_PRICING(
      "usageBasedPricing",
      Confirm.SUPPLIER,
      ConditionChecks::usageBasedPricing,
      "Prijs naar gebruik: de gemeente betaalt per token, verzoek of rekentijd.",
      "Usage-based pricing: the city pays per token, request or compute time."),
  HIGH_RISK(
      "highRisk",
      Confirm.CITY,
      ConditionChecks::highRisk,
      "Hoog risico: de gemeente heeft de toepassing beoordeeld als hoog-risico-AI-systeem onder de AI-verordening.",
      "High-risk: the city judged the use to be a high-risk AI system under the AI Act."),
  ANNEX_III_AREA(
      "annexIIIArea",
      Confirm.CITY,
      ConditionChecks::annexIIIArea,
      "Gebied uit bijlage III: de toepassing valt in een gebied uit bijlage III van de AI-verordening, ook als een"
          + " uitzondering op grond van artikel 6, lid 3, wordt ingeroepen.",
      "Annex III area: the use falls in an area listed in Annex III of the AI Act, even where the exemption in"
          + " Article 6(3) is claimed."),
  DECISIONS_ABOUT_PERSONS(
      "decisionsAboutPersons",
      Confirm.CITY,
      c -> ConditionChecks.answer(c, "decisionsAboutPersons"),
      "Besluiten over personen: de uitkomst draagt bij aan besluiten met rechtsgevolgen of vergelijkbare gevolgen"
          + " voor mensen.",
      "Decisions about persons: the output informs decisions with legal or similarly significant effects on people."),
  PERSONAL_DATA(
      "personalData",
      Confirm.CITY,
      c -> ConditionChecks.answer(c, "personalData"),
      "Persoonsgegevens: het systeem verwerkt persoonsgegevens in de zin van de AVG.",
      "Personal data: the system processes personal data within the meaning of the GDPR."),
  SPECIAL_CATEGORY_DATA(
      "specialCategoryData",
      Confirm.CITY,
      c -> ConditionChecks.answer(c, "specialCategoryData"),
      "Bijzondere persoonsgegevens: het systeem verwerkt gegevens als bedoeld in artikel 9 of 10 AVG, zoals over"
          + " gezondheid, geloof of strafbare feiten.",
      "Special-category data: the system processes data covered by GDPR Article 9 or 10, such as health, religion or"
          + " criminal offences."),
  PUBLIC_FACING(
      "publicFacing",
      Confirm.CITY,
      c -> ConditionChecks.answer(c, "publicFacing"),
      "Publieksgericht: inwoners gebruiken het systeem zelf, of de gemeente publiceert wat het maakt.",
      "Public-facing: residents use the system themselves, or the city publishes what it produces."),
  BUSINESS_CRITICAL(
      "businessCritical",
      Confirm.CITY,
      c -> ConditionChecks.answer(c, "businessCritical"),
      "Bedrijfskritisch: uitval, of het wegvallen van de leverancier, verstoort essentiële dienstverlening.",
      "Business-critical: an outage, or losing the supplier, would disrupt essential services."),
  CONTRACT_STARTS_BEFORE_CHARGE_BAN(
      "contractStartsBeforeChargeBan",
      Confirm.CITY,
      DateRules::startsBeforeChargeBan,
      "Contract begint vóór 12 januari 2027: tot die datum mag een aanbieder van dataverwerkingsdiensten voor"
          + " overstappen nog kosten rekenen, maar niet meer dan de kosten die er rechtstreeks mee samenhangen"
          + " (Dataverordening, artikel 29).",
      "Contract starts before 12 January 2027: until that date a provider of data processing services may still"
          + " charge for switching, but no more than the costs directly linked to it (Data Act, Article 29)."),
  CONTRACT_REACHES_CHARGE_BAN(
      "contractReachesChargeBan",
      Confirm.CITY,
      DateRules::reachesChargeBan,
      "Contract loopt op of na 12 januari 2027: vanaf die datum mogen geen overstapkosten meer worden gerekend"
          + " (Dataverordening, artikel 29).",
      "Contract runs on or after 12 January 2027: from that date no switching charges may be made (Data Act,"
          + " Article 29)."),
  CONTRACT_REACHES_HIGH_RISK_DATE(
      "contractReachesHighRiskDate",
      Confirm.CITY,
      DateRules::reachesHighRiskDate,
      "Contract loopt op of na 2 augustus 2026: vanaf die datum gelden de verplichtingen voor hoog-risico-AI-systemen"
          + " uit bijlage III zoals de AI-verordening is vastgesteld. De Digitale Omnibus (aangenomen, nog niet"
          + " gepubliceerd) verschuift dat naar 2 december 2027; de vroegste datum telt.",
      "Contract runs on or after 2 August 2026: from that date the obligations for Annex III high-risk AI systems"
          + " apply as the AI Act was enacted. The Digital Omnibus (adopted, not yet published) moves that to"
          + " 2 December 2027; the earlier date counts.");

  /** Who can confirm a fact the tool had to assume. */
  public enum Confirm {
    SUPPLIER("de leverancier", "the supplier"),
    CITY("de eigenaar van de toepassing binnen de gemeente", "the use case's owner in the city");

    private final String nl;
    private final String en;

    Confirm(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    /** "confirm with the supplier" */
    public String label(Language language) {
      return language.pick("bevestigen bij ", "confirm with ") + whom(language);
    }

    /** "the supplier", for a column headed "Confirm with". */
    public String whom(Language language) {
      return language.pick(nl, en);
    }
  }

  private final String key;
  private final Confirm confirm;
  private final Function<ProcurementCase, Finding> check;
  private final String nl;
  private final String en;

  Condition(
      String key, Confirm confirm, Function<ProcurementCase, Finding> check, String nl, String en) {
    this.key = key;
    this.confirm = confirm;
    this.check = check;
    this.nl = nl;
    this.en = en;
  }

  /** The name clause files use, e.g. {@code dataOutsideEea}. */
  public String key() {
    return key;
  }

  public Confirm confirm() {
    return confirm;
  }

  /** What the condition means, for legal staff. */
  public String explanation(Language language) {
    return language.pick(nl, en);
  }

  /** The short name before the colon of the explanation, e.g. "Data outside the EEA". */
  public String label(Language language) {
    String text = explanation(language);
    return text.substring(0, text.indexOf(':'));
  }

  public Finding check(ProcurementCase procurementCase) {
    return check.apply(procurementCase);
  }

  public static Optional<Condition> fromKey(String key) {
    return Arrays.stream(values()).filter(condition -> condition.key.equals(key)).findFirst();
  }
}
