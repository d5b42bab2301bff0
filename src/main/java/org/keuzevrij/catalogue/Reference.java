package org.keuzevrij.catalogue;

/**
 * One entity naming another by id: an offering its supplier and models, a model its developer, a
 * supplier its parent.
 *
 * @param from the entity that holds the reference
 * @param pointer JSON pointer of the reference inside {@code from}
 * @param kind the kind of entity referred to
 * @param id the id referred to
 */
public record Reference(Entity from, String pointer, Kind kind, String id) {}
