package org.keuzevrij.checklist.workbook;

import org.keuzevrij.web.Language;

/**
 * The fixed words of the checklist workbook, in Dutch and English: sheet names, headers, labels.
 */
enum Words {
  SUMMARY("Samenvatting", "Summary"),
  CHECKLIST("Checklist", "Checklist"),
  NOT_APPLICABLE("Niet van toepassing", "Not applicable"),
  FACTS("Feiten en aannames", "Facts and assumptions"),
  FIT("Past bij de toepassing", "Fit for the use case"),
  DUE_FOR_REVIEW("Te herzien", "Due for review"),
  DUE_FOR_REVIEW_MEANING(
      "Dit feit is langer niet gecontroleerd dan zijn herzieningstermijn: ga na of het nog klopt",
      "This fact has gone unchecked for longer than its review period: confirm it still holds"),
  SOURCES("Bronnen", "Sources"),
  TITLE("Checklist contractclausules", "Contract clause checklist"),
  DISCLAIMER(
      "Deze lijst is geen juridisch advies. Controleer elke clausule en elke bron met de eigen juristen tegen"
          + " de geldende tekst voordat u haar gebruikt.",
      "This list is not legal advice. Have your own lawyers check every clause and every source against the text in"
          + " force before you use it."),
  USE_CASE("Toepassing", "Use case"),
  OFFERING("Aanbod", "Offering"),
  SUPPLIER("Leverancier", "Supplier"),
  MODELS("Model(len)", "Model(s)"),
  DATE("Datum", "Date"),
  LIBRARY_VERSION("Versie clausulebibliotheek", "Clause library version"),
  CATALOGUE_VERSION("Versie catalogus", "Catalogue version"),
  BY_PRIORITY("Aantal per prioriteit", "Count by priority"),
  BY_STATUS("Aantal per status", "Count by status"),
  TOTAL("Totaal clausules", "Total clauses"),
  DONE(
      "Percentage afgerond (overeengekomen, afwijking goedgekeurd of niet van toepassing)",
      "Percentage done (agreed, deviation approved or not applicable)"),
  NOT_APPLICABLE_COUNT(
      "Clausules die niet van toepassing zijn (zie blad)", "Clauses that do not apply (see sheet)"),
  ASSUMPTION_COUNT(
      "Aannames om te bevestigen (zie blad Feiten en aannames)",
      "Assumptions to confirm (see sheet Facts and assumptions)"),
  ID("Id", "Id"),
  CATEGORY("Categorie", "Category"),
  REQUIREMENT("Eis", "Requirement"),
  WHY("Waarom", "Why"),
  SOURCE("Bron", "Source"),
  SOURCE_STATUS("Bron (juridische status)", "Source (legal status)"),
  LEGAL_STATUS("Juridische status", "Legal status"),
  PRIORITY("Prioriteit", "Priority"),
  BASIS("Grondslag", "Basis type"),
  STATUS("Status", "Status"),
  OWNER("Eigenaar", "Owner"),
  DUE("Deadline", "Due date"),
  NOTES("Notities", "Notes"),
  RULE("Regel", "Rule"),
  WHY_NOT("Waarom niet", "Why not"),
  CONDITION("Voorwaarde", "Condition"),
  MEANING("Betekenis", "Meaning"),
  ANSWER("Antwoord", "Answer"),
  RESTS_ON("Waarop het berust", "What it rests on"),
  CONFIRM_WITH("Bevestigen bij", "Confirm with"),
  DECIDED("Clausules die het besliste", "Clauses it decided"),
  NUMBER("Nr.", "No."),
  LINK("Link", "Link"),
  CITED_BY("Geciteerd bij", "Cited by"),
  PAGE_OF("pagina &P van &N", "page &P of &N"),
  STATUS_ERROR_TITLE("Ongeldige status", "Invalid status"),
  STATUS_ERROR("Kies een status uit de lijst.", "Choose a status from the list."),
  DATE_ERROR_TITLE("Ongeldige datum", "Invalid date"),
  DATE_ERROR("Vul een datum in, bijvoorbeeld 2027-03-31.", "Enter a date, for example 2027-03-31.");

  private final String nl;
  private final String en;

  Words(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  String in(Language language) {
    return language.pick(nl, en);
  }
}
