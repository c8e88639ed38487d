/**
 * The points of the continuity checklist (borging) every network starts with, copied on the
 * first view. Stored content, in Dutch like the who-is-who list; the network edits, removes and
 * adds its own.
 */
export interface StarterContinuityItem {
  key: string;
  title: string;
  description: string;
}

export const STARTER_CONTINUITY: readonly StarterContinuityItem[] = [
  {
    key: 'funding',
    title: 'Structurele financiering',
    description:
      'Wie betaalt als het project stopt? Leg het vast in een afspraak over geld, bijvoorbeeld met de cofinanciering uit de effectberekening.',
  },
  {
    key: 'institutions',
    title: 'Verankerd in de organisaties',
    description: 'De samenwerking staat in de plannen en begrotingen van de partners, en hangt niet aan één persoon.',
  },
  {
    key: 'deputies',
    title: 'Vervangers voor de sleutelrollen',
    description: 'De kartrekker en de vaste contactpersoon van elke partner hebben een vervanger die het werk kent.',
  },
  {
    key: 'handover',
    title: 'Overdracht als de kartrekker vertrekt',
    description: 'Er ligt een overdracht klaar: wie neemt het over, wie moet die kennen, en waar staat alles?',
  },
  {
    key: 'renewal',
    title: 'Elk jaar het plan vernieuwen',
    description: 'Er is een vast moment per jaar om samen terug te kijken en het actieplan te vernieuwen.',
  },
  {
    key: 'results',
    title: 'Resultaten delen',
    description: 'Deel wat de samenwerking opleverde met partners, bewoners en financiers, minstens één keer per jaar.',
  },
];
