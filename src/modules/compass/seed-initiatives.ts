/**
 * The demo city's portfolio: ten initiatives of Bellerive, in the paper's vocabulary, each with the
 * register entries, process or budget projects it is linked to (by their demo names), and how each
 * group of stakeholders tends to answer the eight criteria (aim, environment, beneficiaries,
 * decision, technology, data, day-to-day decider, social ties). The city sees its "smart" devices
 * more kindly than the associations do — the divergence the paper found.
 */
export interface DemoInitiative {
  slug: string;
  fr: string;
  en: string;
  dfr: string;
  den: string;
  hoods: string[];
  budget: number;
  status: 'planned' | 'running' | 'done' | 'stopped';
  starts: number;
  dimensions: string[];
  links: { kind: 'sensor' | 'algorithm' | 'process' | 'budget-project'; name: string }[];
  /** Typical answers per group (eight digits, criteria in form order); each demo assessor varies by at most one step. */
  views: Partial<Record<'city' | 'associations' | 'businesses' | 'residents' | 'other-organisations', string>>;
}

export const demoInitiatives: DemoInitiative[] = [
  {
    slug: 'eclairage-intelligent', fr: 'Éclairage public qui baisse tout seul', en: 'Street lighting that dims by itself',
    dfr: 'Des lampadaires LED qui baissent la nuit et s’allument au passage, sans caméra, sur les chemins des Hauts.', den: 'LED street lamps that dim at night and light up as people pass, with no camera, on the paths of The Heights.',
    hoods: ['les-hauts'], budget: 480_000, status: 'running', starts: -200, dimensions: ['environment', 'living'],
    links: [{ kind: 'budget-project', name: 'Éclairage sobre et sûr aux Hauts' }],
    views: { city: '34334444', associations: '35435444', residents: '44434443', businesses: '34334433' },
  },
  {
    slug: 'comptage-wifi', fr: 'Comptage de fréquentation par le Wi-Fi', en: 'Wi-Fi footfall counting',
    dfr: 'Les bornes Wi-Fi du Vieux-Port comptent les téléphones qui passent pour mesurer l’affluence des commerces.', den: 'The Old Harbour Wi-Fi hotspots count passing phones to measure footfall for the shops.',
    hoods: ['vieux-port'], budget: 90_000, status: 'stopped', starts: -400, dimensions: ['economy', 'mobility'],
    links: [{ kind: 'sensor', name: 'Borne Wi-Fi avec mesure d’affluence, Vieux-Port' }, { kind: 'process', name: 'Charte des capteurs urbains' }],
    views: { city: '22312233', associations: '12111112', residents: '22212122', businesses: '13222223' },
  },
  {
    slug: 'capteurs-qualite-air', fr: 'Capteurs de qualité de l’air près des écoles', en: 'Air-quality sensors near schools',
    dfr: 'Des capteurs de particules fines près des écoles, données ouvertes et moyennes horaires seulement.', den: 'Fine-particle sensors near schools, open data, hourly averages only.',
    hoods: ['les-tilleuls', 'la-gare'], budget: 60_000, status: 'running', starts: -300, dimensions: ['environment', 'living'],
    links: [{ kind: 'sensor', name: 'Capteur de qualité de l’air, école des Tilleuls' }],
    views: { city: '35324543', associations: '45324543', residents: '45324543' },
  },
  {
    slug: 'budget-participatif', fr: 'Le budget participatif', en: 'The participatory budget',
    dfr: 'Un million d’euros décidés par les habitants chaque année, comptés avec la méthode des parts égales.', den: 'One million euros decided by residents each year, counted with the Method of Equal Shares.',
    hoods: [], budget: 1_000_000, status: 'running', starts: -20, dimensions: ['governance', 'people'],
    links: [{ kind: 'process', name: 'Budget participatif 2027' }],
    views: { city: '44454544', associations: '44554545', residents: '54554545', businesses: '43444444' },
  },
  {
    slug: 'affectation-ecoles', fr: 'L’algorithme d’affectation des places en école', en: 'The school-place allocation algorithm',
    dfr: 'Un algorithme répartit les places de maternelle selon la distance et la fratrie ; les familles peuvent demander une révision humaine.', den: 'An algorithm allocates nursery places by distance and siblings; families can ask for a human review.',
    hoods: [], budget: 40_000, status: 'running', starts: -700, dimensions: ['people', 'governance'],
    links: [{ kind: 'algorithm', name: 'Affectation des places en école maternelle' }],
    views: { city: '43424333', associations: '32312232', residents: '32313232' },
  },
  {
    slug: 'jardins-partages', fr: 'Jardins partagés', en: 'Community gardens',
    dfr: 'Trente parcelles au bord de la rivière, un composteur et un récupérateur d’eau, gérés par les jardiniers.', den: 'Thirty plots by the river, a composter and a rainwater tank, run by the gardeners.',
    hoods: ['bord-de-riviere'], budget: 120_000, status: 'planned', starts: 60, dimensions: ['environment', 'living', 'people'],
    links: [{ kind: 'budget-project', name: 'Jardins partagés en bord de rivière' }],
    views: { city: '45455555', associations: '55455555', residents: '55455555', businesses: '45445454' },
  },
  {
    slug: 'atelier-velo', fr: 'L’atelier de réparation de vélos', en: 'The bike-repair workshop',
    dfr: 'Un local près de la gare où l’on répare son vélo avec des bénévoles.', den: 'A place near the station where you repair your bike with volunteers.',
    hoods: ['la-gare'], budget: 110_000, status: 'planned', starts: 90, dimensions: ['mobility', 'environment', 'people'],
    links: [{ kind: 'budget-project', name: 'Atelier vélo solidaire à la gare' }],
    views: { city: '44455554', associations: '54555555', residents: '54455555', businesses: '44444454' },
  },
  {
    slug: 'parking-intelligent', fr: 'Le parking « intelligent »', en: 'The "smart" car park',
    dfr: 'Des capteurs sous chaque place et une application de paiement qui oriente les voitures vers les places libres.', den: 'Sensors under every space and a payment app that guides cars to free spaces.',
    hoods: ['la-gare'], budget: 750_000, status: 'planned', starts: 120, dimensions: ['mobility', 'economy'],
    links: [{ kind: 'sensor', name: 'Capteurs de stationnement, rue de la Gare' }],
    views: { city: '23221233', associations: '12111122', residents: '22211222', businesses: '23222233' },
  },
  {
    slug: 'score-fraude', fr: 'L’expérimentation d’un score de risque de fraude', en: 'The benefit-fraud risk score trial',
    dfr: 'Un score calculé sur les dossiers d’aides sociales pour cibler les contrôles ; expérimentation contestée.', den: 'A score computed on benefit files to target checks; a contested trial.',
    hoods: [], budget: 200_000, status: 'stopped', starts: -150, dimensions: ['governance'],
    links: [{ kind: 'algorithm', name: 'Score de risque de fraude aux aides sociales' }, { kind: 'process', name: 'Charte des capteurs urbains' }],
    views: { city: '33212233', associations: '11111111', residents: '21111212' },
  },
  {
    slug: 'compteurs-eau', fr: 'Les compteurs d’eau communicants', en: 'Smart water meters',
    dfr: 'Des compteurs relevés à distance chaque jour pour repérer les fuites et inciter à économiser l’eau.', den: 'Meters read remotely every day to find leaks and encourage saving water.',
    hoods: ['les-hauts'], budget: 350_000, status: 'running', starts: -500, dimensions: ['environment', 'economy'],
    links: [{ kind: 'sensor', name: 'Compteurs d’eau communicants, Les Hauts' }],
    views: { city: '35312233', associations: '24211222', residents: '34211233' },
  },
];
