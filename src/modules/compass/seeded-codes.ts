/**
 * The codebook every instance starts with (written by migration 025): the paper's three orientations
 * and Giffinger's six dimensions, each under its parent. Researchers add their own codes beside them.
 * Changing this list needs a new migration.
 */
export interface SeededCode {
  key: string;
  parent: string | null;
  fr: string;
  en: string;
  dfr: string;
  den: string;
}

export const seededCodes: readonly SeededCode[] = [
  { key: 'orientations', parent: null, fr: 'Orientations', en: 'Orientations', dfr: 'Les trois futurs de la ville intelligente que l’étude fait ressortir des entretiens.', den: 'The three futures of the smart city that the study draws from the interviews.' },
  { key: 'orientation.digitalBusiness', parent: 'orientations', fr: 'Digital Business City', en: 'Digital Business City', dfr: 'La ville centre de profit : attractivité, high-tech, décisions descendantes, données massives, risque de « jail city ».', den: 'The city as a profit centre: attractiveness, high tech, top-down decisions, massive data, the risk of a "jail city".' },
  { key: 'orientation.ecoCity', parent: 'orientations', fr: 'Eco Techno City / Eco Life City', en: 'Eco Techno City / Eco Life City', dfr: 'La transition écologique d’abord : par le contrôle et la restriction, ou par une ville « organique » où nature et qualité de vie priment.', den: 'The ecological transition first: through control and restriction, or as an "organic" city where nature and quality of life lead.' },
  { key: 'orientation.ethicHuman', parent: 'orientations', fr: 'Ethic & Human City', en: 'Ethic & Human City', dfr: 'La qualité de vie vécue et ressentie, la co-création, l’équité de traitement, des mid/low-tech maîtrisées par les habitants.', den: 'Quality of life as lived and felt, co-creation, equity of treatment, mid/low tech that residents master.' },
  { key: 'dimensions', parent: null, fr: 'Dimensions', en: 'Dimensions', dfr: 'Les six dimensions de Giffinger et al. (2007).', den: 'The six dimensions of Giffinger et al. (2007).' },
  { key: 'dimension.economy', parent: 'dimensions', fr: 'Économie', en: 'Economy', dfr: 'Smart economy : innovation, entrepreneuriat, emploi.', den: 'Smart economy: innovation, entrepreneurship, jobs.' },
  { key: 'dimension.people', parent: 'dimensions', fr: 'Habitants', en: 'People', dfr: 'Smart people : formation, ouverture, participation.', den: 'Smart people: education, openness, participation.' },
  { key: 'dimension.governance', parent: 'dimensions', fr: 'Gouvernance', en: 'Governance', dfr: 'Smart governance : participation aux décisions, services publics, transparence.', den: 'Smart governance: participation in decisions, public services, transparency.' },
  { key: 'dimension.mobility', parent: 'dimensions', fr: 'Mobilité', en: 'Mobility', dfr: 'Smart mobility : accessibilité, transports durables.', den: 'Smart mobility: accessibility, sustainable transport.' },
  { key: 'dimension.environment', parent: 'dimensions', fr: 'Environnement', en: 'Environment', dfr: 'Smart environment : ressources naturelles, pollution, protection de l’environnement.', den: 'Smart environment: natural resources, pollution, environmental protection.' },
  { key: 'dimension.living', parent: 'dimensions', fr: 'Cadre de vie', en: 'Living', dfr: 'Smart living : qualité de vie, santé, logement, cohésion sociale.', den: 'Smart living: quality of life, health, housing, social cohesion.' },
];
