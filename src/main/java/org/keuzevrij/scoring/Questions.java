package org.keuzevrij.scoring;

import org.keuzevrij.catalogue.derived.Component;

/**
 * The question that settles each kind of unknown fact, written for the supplier (for the city's own
 * infrastructure, for its own IT department). Kept in one place so legal and procurement staff can
 * review them together.
 */
public final class Questions {

  private Questions() {}

  public static Question about(Fact fact) {
    String name = fact.subject();
    String field = fact.field();
    if (fact.pointer().startsWith("/openness/")) {
      return component(field, name);
    }
    if (fact.pointer().startsWith("/sealClaims")) {
      return new Question(
          "Welk SEAL-niveau van het EU Cloud Sovereignty Framework claimt "
              + name
              + " per doelstelling (SOV-1 tot en met SOV-8), en met welk bewijs?",
          "Which EU Cloud Sovereignty Framework SEAL level does "
              + name
              + " claim per objective (SOV-1 to SOV-8), and with what evidence?");
    }
    return switch (field) {
      case "processingLocations" ->
          q(
              "In welke landen worden de gegevens van de gemeente verwerkt, ook bij piekbelasting en storingen?",
              "In which countries are the city's data processed, including under peak load and failover?");
      case "storageLocations" ->
          q(
              "In welke landen worden prompts, uitvoer, logbestanden en andere opgeslagen gegevens bewaard?",
              "In which countries are prompts, outputs, logs and other stored data kept?");
      case "controlPlaneLocations" ->
          q(
              "Waar draait het beheerplatform (sleutels, accounts, facturering, monitoring) en wie heeft er toegang toe?",
              "Where does the control plane (keys, accounts, billing, monitoring) run, and who can access it?");
      case "trainsOnCustomerData" ->
          q(
              "Gebruikt u gegevens van de gemeente om modellen te trainen of te verbeteren, en legt u in het contract vast dat dat niet gebeurt?",
              "Do you use the city's data to train or improve models, and will you commit in the contract that you do not?");
      case "subProcessors" ->
          q(
              "Welke subverwerkers gebruikt u voor deze dienst, in welke landen en onder welk recht?",
              "Which sub-processors do you use for this service, in which countries and under which law?");
      case "dataRetention" ->
          q(
              "Hoe lang bewaart u prompts, uitvoer en logbestanden, en kan dat op nul?",
              "How long do you keep prompts, outputs and logs, and can that be set to zero?");
      case "apiStyle" ->
          q(
              "Volgt de API een open standaard of de OpenAI-API, zodat de gemeente zonder herbouw kan overstappen?",
              "Does the API follow an open standard or the OpenAI API, so the city can switch without rebuilding?");
      case "dataExport" ->
          q(
              "Hoe kan de gemeente al haar gegevens (prompts, logbestanden, bestanden, fine-tunes) exporteren, in welk formaat en tegen welke kosten?",
              "How can the city export all its data (prompts, logs, files, fine-tunes), in which format and at what cost?");
      case "exportFormats" ->
          q(
              "In welke open formaten kan de gemeente haar gegevens (prompts, logbestanden, bestanden, fine-tunes) meenemen?",
              "In which open formats can the city take its data (prompts, logs, files, fine-tunes) along?");
      case "exitAssistanceDays" ->
          q(
              "Hoeveel dagen hulp bij vertrek en migratie legt u in het contract vast?",
              "How many days of exit and migration assistance will you commit to in the contract?");
      case "exitAssistance" ->
          q(
              "Welke hulp biedt u bij het einde van het contract (exitplan, overdracht, duur)?",
              "What assistance do you give when the contract ends (exit plan, hand-over, duration)?");
      case "fineTuning" ->
          q(
              "Kan de gemeente het model aanpassen (fine-tunen), en wie wordt eigenaar van de aangepaste gewichten?",
              "Can the city fine-tune the model, and who owns the fine-tuned weights?");
      case "switchingCharges" ->
          q(
              "Rekent u kosten voor overstappen of voor het meenemen van gegevens bij vertrek (Dataverordening, art. 29)?",
              "Do you charge for switching or for taking data along when leaving (Data Act, Art. 29)?");
      case "minimumTerm" ->
          q("Wat is de minimale contractduur?", "What is the minimum contract term?");
      case "termination" ->
          q(
              "Onder welke voorwaarden en met welke opzegtermijn kan de gemeente het contract beëindigen?",
              "On what terms and with what notice can the city terminate the contract?");
      case "priceChangeNotice" ->
          q(
              "Met welke termijn kondigt u prijswijzigingen aan, en kan de gemeente dan kosteloos opzeggen?",
              "What is the notice period for price changes, and can the city then terminate without cost?");
      case "terminationForConvenience" ->
          q(
              "Kan de gemeente het contract op elk moment zonder reden opzeggen, en met welke termijn?",
              "Can the city terminate the contract at any time without a reason, and with what notice?");
      case "priceChangeNoticeDays" ->
          q(
              "Hoeveel dagen vóór een prijswijziging ingaat kondigt u die aan?",
              "How many days before a price change takes effect do you announce it?");
      case "pricing" ->
          q(
              "Hoe wordt de dienst geprijsd (per gebruik, capaciteit of abonnement) en welke afnameverplichtingen gelden?",
              "How is the service priced (usage, capacity or subscription) and what commitments apply?");
      case "sla" ->
          q(
              "Welke beschikbaarheid (SLA) garandeert u, en wat gebeurt er als u die niet haalt?",
              "What availability (SLA) do you guarantee, and what happens when you miss it?");
      case "certifications" ->
          q(
              "Welke certificeringen (zoals ISO/IEC 27001 of BSI C5) gelden voor precies deze dienst of organisatie?",
              "Which certifications (such as ISO/IEC 27001 or BSI C5) cover exactly this service or organisation?");
      case "renewableEnergyPercent" ->
          q(
              "Welk aandeel hernieuwbare energie gebruiken de datacenters die deze dienst leveren?",
              "What share of renewable energy do the data centres that run this service use?");
      case "pue" ->
          q(
              "Wat is de PUE (energie-efficiëntie) van de datacenters die deze dienst leveren?",
              "What is the PUE (power usage effectiveness) of the data centres that run this service?");
      case "extraterritorialLaws" ->
          q(
              "Aan welke niet-Europese wetten is "
                  + name
                  + " onderworpen die buitenlandse overheden toegang tot gegevens kunnen geven (zoals de Amerikaanse CLOUD Act)?",
              "Which non-EU laws that let foreign authorities demand data (such as the US CLOUD Act) apply to "
                  + name
                  + "?");
      case "parent" ->
          q(
              "Wie heeft de uiteindelijke zeggenschap over " + name + "?",
              "Who ultimately controls " + name + "?");
      case "hqCountry" ->
          q(
              "In welk land heeft " + name + " zijn hoofdkantoor?",
              "In which country does " + name + " have its headquarters?");
      case "ultimateParentCountry" ->
          q(
              "In welk land is de uiteindelijke moederorganisatie van " + name + " gevestigd?",
              "In which country is the ultimate parent of " + name + " based?");
      case "dmaGatekeeper" ->
          q(
              "Is "
                  + name
                  + " of zijn moederorganisatie aangewezen als poortwachter onder de Digital Markets Act?",
              "Is "
                  + name
                  + " or its parent designated a gatekeeper under the Digital Markets Act?");
      case "ownershipType" ->
          q(
              "Wat is de eigendomsstructuur van " + name + "?",
              "What is the ownership structure of " + name + "?");
      case "osiApproved", "name", "spdx" ->
          q(
              "Onder welke licentie worden "
                  + name
                  + " en zijn gewichten geleverd, en is die door OSI goedgekeurd?",
              "Under which licence are "
                  + name
                  + " and its weights provided, and is it OSI-approved?");
      case "nonCommercial" ->
          q(
              "Staat de licentie van "
                  + name
                  + " gebruik door een gemeente toe, ook buiten onderzoek en niet-commercieel gebruik?",
              "Does the licence of "
                  + name
                  + " allow use by a city, beyond research and non-commercial use?");
      case "userThreshold" ->
          q(
              "Geldt er in de licentie van " + name + " een grens voor het aantal gebruikers?",
              "Does the licence of " + name + " set a limit on the number of users?");
      case "revenueThreshold" ->
          q(
              "Geldt er in de licentie van " + name + " een omzetgrens?",
              "Does the licence of " + name + " set a revenue threshold?");
      case "acceptableUsePolicy" ->
          q(
              "Geldt er voor " + name + " een beleid voor aanvaardbaar gebruik, en wat staat erin?",
              "Does an acceptable-use policy apply to " + name + ", and what does it say?");
      case "excludesEuOrganisations" ->
          q(
              "Sluit de licentie van " + name + " organisaties in de EU uit van gebruik?",
              "Does the licence of " + name + " exclude organisations in the EU?");
      case "weights" ->
          q(
              "Zijn de gewichten van " + name + " beschikbaar, en onder welke voorwaarden?",
              "Are the weights of " + name + " available, and on what terms?");
      case "transparencyScore" ->
          q(
              "Is de ontwikkelaar van "
                  + name
                  + " beoordeeld in de Foundation Model Transparency Index, of kan die vergelijkbare documentatie geven?",
              "Has the developer of "
                  + name
                  + " been scored in the Foundation Model Transparency Index, or can it give comparable documentation?");
      case "parametersBillions" ->
          q(
              "Hoeveel parameters heeft " + name + ", in totaal en actief per token?",
              "How many parameters does " + name + " have, in total and active per token?");
      case "trainingEnergyMWh" ->
          q(
              "Hoeveel energie kostte het trainen van " + name + "?",
              "How much energy did training " + name + " use?");
      case "trainingEmissionsTCO2e" ->
          q(
              "Hoeveel broeikasgassen stootte het trainen van " + name + " uit?",
              "What greenhouse-gas emissions did training " + name + " cause?");
      default ->
          q(
              "Wat is de waarde van '" + field + "' voor " + name + ", met bron?",
              "What is the value of '" + field + "' for " + name + ", with its source?");
    };
  }

  private static Question component(String field, String model) {
    for (Component component : Component.values()) {
      if (component.field().equals(field)) {
        return q(
            "Is het onderdeel '"
                + component.nl()
                + "' van "
                + model
                + " openbaar, en onder welke licentie?",
            "Is the " + component.en() + " of " + model + " published, and under which licence?");
      }
    }
    return q(
        "Is het onderdeel '" + field + "' van " + model + " openbaar?",
        "Is the " + field + " of " + model + " published?");
  }

  private static Question q(String nl, String en) {
    return new Question(nl, en);
  }
}
