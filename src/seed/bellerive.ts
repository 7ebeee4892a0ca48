/** The demo city: Bellerive, a mid-sized riverside town choosing the "Ethic & Human City" path. */
export const neighbourhoods = [
  { slug: 'vieux-port', fr: 'Vieux-Port', en: 'Old Harbour' },
  { slug: 'les-tilleuls', fr: 'Les Tilleuls', en: 'Les Tilleuls' },
  { slug: 'la-gare', fr: 'Quartier de la Gare', en: 'Station District' },
  { slug: 'bord-de-riviere', fr: 'Bord-de-Rivière', en: 'Riverside' },
  { slug: 'les-hauts', fr: 'Les Hauts', en: 'The Heights' },
];

export const demoPeople = [
  { key: 'admin', name: 'Claire Martin (mairie)', email: 'admin@bellerive.example', password: 'bellerive-admin', role: 'admin', locale: 'fr' },
  { key: 'moderator', name: 'Yanis Benali', email: 'moderation@bellerive.example', password: 'bellerive-moderation', role: 'moderator', locale: 'fr' },
  { key: 'amina', name: 'Amina Diallo', email: 'amina@bellerive.example', password: 'bellerive-amina', role: 'resident', locale: 'fr' },
  { key: 'louis', name: 'Louis Fontaine', email: 'louis@bellerive.example', password: 'bellerive-louis', role: 'resident', locale: 'fr' },
  { key: 'sarah', name: 'Sarah Okafor', email: 'sarah@bellerive.example', password: 'bellerive-sarah', role: 'resident', locale: 'en' },
] as const;

export const organisations = [
  {
    slug: 'bellerive-en-transition',
    name: 'Bellerive en Transition',
    kind: 'association',
    neighbourhood: null,
    website: 'https://transition.bellerive.example',
    description:
      'Association environnementale\u202f: jardins partagés, réparation de vélos, fresque du climat. An environmental association running shared gardens, bike repair and climate workshops.',
    members: [['amina', 'owner'], ['louis', 'member']],
    verified: true,
  },
  {
    slug: 'comite-des-tilleuls',
    name: 'Comité de quartier des Tilleuls',
    kind: 'association',
    neighbourhood: 'les-tilleuls',
    website: null,
    description:
      'Les habitants des Tilleuls se retrouvent chaque mois pour améliorer la vie du quartier. Residents of Les Tilleuls meet monthly to improve neighbourhood life.',
    members: [['louis', 'owner'], ['sarah', 'member']],
    verified: true,
  },
  {
    slug: 'boulangerie-du-marche',
    name: 'Boulangerie du Marché',
    kind: 'business',
    neighbourhood: 'vieux-port',
    website: null,
    description: 'Boulangerie artisanale, farines locales, invendus donnés à l’épicerie solidaire. Craft bakery, local flour, unsold bread given to the solidarity grocery.',
    members: [['sarah', 'owner']],
    verified: false,
  },
] as const;

interface PhaseSeed {
  fr: string;
  en: string;
  dfr: string;
  den: string;
  from: number; // days from today
  to: number;
}

export interface ProcessSeed {
  slug: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  bodyFr: string;
  bodyEn: string;
  neighbourhoods: string[];
  phases: PhaseSeed[];
  pageFr: string;
  pageEn: string;
}

export const processes: ProcessSeed[] = [
  {
    slug: 'plan-climat-tilleuls',
    titleFr: 'Plan climat du quartier des Tilleuls',
    titleEn: 'Climate plan for Les Tilleuls',
    summaryFr: 'Ombre, eau, îlots de fraîcheur\u202f: décidons ensemble comment adapter le quartier aux étés brûlants.',
    summaryEn: 'Shade, water, cool islands: let us decide together how to adapt the neighbourhood to scorching summers.',
    bodyFr: 'Les étés 2025 et 2026 ont été les plus chauds jamais mesurés aux Tilleuls. La ville propose de co-construire avec les habitants, le comité de quartier et les commerçants un plan d’adaptation\u202f: arbres, fontaines, cours d’école ouvertes, horaires adaptés.',
    bodyEn: 'Summers 2025 and 2026 were the hottest ever measured in Les Tilleuls. The city proposes to co-design an adaptation plan with residents, the neighbourhood committee and shopkeepers: trees, fountains, open schoolyards, adapted opening hours.',
    neighbourhoods: ['les-tilleuls'],
    phases: [
      { fr: 'Diagnostic partagé', en: 'Shared diagnosis', dfr: 'Balades urbaines et relevés de température avec les habitants.', den: 'Urban walks and temperature readings with residents.', from: -40, to: -10 },
      { fr: 'Propositions', en: 'Proposals', dfr: 'Chacun propose, co-signe et débat.', den: 'Everyone proposes, co-signs and debates.', from: -9, to: 30 },
      { fr: 'Décision et suivi', en: 'Decision and follow-up', dfr: 'Le conseil municipal répond publiquement à chaque proposition.', den: 'The city council answers every proposal in public.', from: 31, to: 120 },
    ],
    pageFr: 'Le plan climat des Tilleuls suit trois principes\u202f: **la qualité de vie ressentie** avant les indicateurs, des solutions *mid-tech et low-tech* éprouvées, et l’**équité** entre les rues les plus exposées et les autres.\n\n- Réunion publique le premier mardi du mois à la maison de quartier\n- Permanence papier à la médiathèque pour qui n’utilise pas internet',
    pageEn: 'The Les Tilleuls climate plan follows three principles: **quality of life as residents feel it** before indicators, proven *mid-tech and low-tech* solutions, and **equity** between the most exposed streets and the others.\n\n- Public meeting on the first Tuesday of each month at the community centre\n- Paper help desk at the library for those who do not use the internet',
  },
  {
    slug: 'budget-participatif-2027',
    titleFr: 'Budget participatif 2027',
    titleEn: 'Participatory budget 2027',
    summaryFr: '1 000 000 € décidés par les habitants, comptés avec la méthode des parts égales pour que chaque quartier compte.',
    summaryEn: '€1,000,000 decided by residents, counted with the Method of Equal Shares so every neighbourhood counts.',
    bodyFr: 'Chaque habitant dispose d’une part égale du budget. La méthode des parts égales, utilisée à Wieliczka, Świecie ou Assen, évite que le plus grand quartier emporte tout.',
    bodyEn: 'Each resident holds an equal share of the budget. The Method of Equal Shares, used in Wieliczka, Świecie and Assen, keeps the largest neighbourhood from taking everything.',
    neighbourhoods: [],
    phases: [
      { fr: 'Dépôt des projets', en: 'Project submission', dfr: 'Habitants et associations déposent leurs projets.', den: 'Residents and associations submit projects.', from: -20, to: 25 },
      { fr: 'Analyse technique', en: 'Technical review', dfr: 'Les services vérifient faisabilité et coût.', den: 'City departments check feasibility and cost.', from: 26, to: 60 },
      { fr: 'Vote', en: 'Vote', dfr: 'Vote en ligne ou sur papier au guichet.', den: 'Vote online or on paper at the help desk.', from: 61, to: 90 },
    ],
    pageFr: 'Le règlement du budget participatif\u202f: projets d’investissement d’intérêt général, **coût maximal 150 000 €**, portés par des habitants, associations ou collectifs.',
    pageEn: 'The participatory budget rules: public-interest investment projects, **maximum cost €150,000**, carried by residents, associations or collectives.',
  },
  {
    slug: 'charte-capteurs-urbains',
    titleFr: 'Charte des capteurs urbains',
    titleEn: 'Charter for urban sensors',
    summaryFr: 'Que mesure la ville, pourquoi, et qui le décide\u202f? Écrivons ensemble les règles des capteurs dans l’espace public.',
    summaryEn: 'What does the city measure, why, and who decides? Let us write the rules for sensors in public space together.',
    bodyFr: 'Une ville intelligente ne doit pas devenir une ville de surveillance. Cette charte fixera ce que les capteurs peuvent mesurer, combien de temps les données sont gardées, et comment chaque habitant peut questionner un dispositif.',
    bodyEn: 'A smart city must not become a surveillance city. This charter will set what sensors may measure, how long data is kept, and how any resident can question a device.',
    neighbourhoods: [],
    phases: [
      { fr: 'Consultation', en: 'Consultation', dfr: 'Carte d’opinion et débats publics.', den: 'Opinion map and public debates.', from: -120, to: -60 },
      { fr: 'Rédaction', en: 'Drafting', dfr: 'Un groupe mixte habitants-élus rédige la charte.', den: 'A mixed group of residents and councillors drafts the charter.', from: -59, to: -20 },
      { fr: 'Adoption', en: 'Adoption', dfr: 'Vote du conseil municipal.', den: 'City council vote.', from: -19, to: -5 },
    ],
    pageFr: 'La charte a été adoptée. Elle s’appuie sur le standard **DTPR** pour les panneaux d’information placés à côté de chaque capteur.',
    pageEn: 'The charter has been adopted. It relies on the **DTPR** standard for the information signs placed next to each sensor.',
  },
];
