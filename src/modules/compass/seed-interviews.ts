/**
 * Six demo interviews in the paper's own words: three with the city's decision-makers, three with
 * association leaders, each coded with the passages that carry an orientation or a dimension. Every
 * passage quoted here must appear word for word in its transcript (the seed checks it).
 */
export const demoGuide = {
  fr: 'Guide des entretiens semi-directifs',
  en: 'Semi-structured interview guide',
  body: [
    '# Vision de la ville | Vision of the city',
    '- Pour vous, qu’est-ce qu’une ville « intelligente »\u202f? | To you, what is a "smart" city?',
    '  > Un exemple de réussite\u202f? | An example of success?',
    '- Quelle place pour la technologie\u202f? | What place for technology?',
    '# Décider ensemble | Deciding together',
    '- Qui décide des projets de la ville aujourd’hui\u202f? | Who decides the city’s projects today?',
    '  > Et les associations\u202f? | And the associations?',
    '# Données et vie privée | Data and privacy',
    '- Que faut-il mesurer, et que faut-il laisser dans la sphère privée\u202f? | What should be measured, and what left in the private sphere?',
  ].join('\n'),
};

export interface DemoInterview {
  pseudonym: string;
  group: 'city' | 'associations';
  role: string;
  daysAgo: number;
  consent: 'analysis' | 'quotes';
  transcript: string;
  /** Passage → seed keys of its codes. */
  codings: [string, string[]][];
  memo?: string;
}

export const demoInterviews: DemoInterview[] = [
  {
    pseudonym: 'Élu A', group: 'city', role: 'adjoint au développement économique', daysAgo: 210, consent: 'quotes',
    transcript: 'Q\u202f: Pour vous, qu’est-ce qu’une ville intelligente\u202f?\nR\u202f: C’est une ville attractive, qui attire les entreprises et les talents. Le classement international compte beaucoup pour nous.\nQ\u202f: Quelle place pour la technologie\u202f?\nR\u202f: Centrale. Des capteurs partout, une plateforme qui croise les données, et des décisions plus rapides.\nQ\u202f: Et les associations\u202f?\nR\u202f: Nous les informons, bien sûr. Mais au final, c’est nous qui décidons.',
    codings: [['C’est une ville attractive, qui attire les entreprises et les talents.', ['orientation.digitalBusiness', 'dimension.economy']], ['Des capteurs partout, une plateforme qui croise les données, et des décisions plus rapides.', ['orientation.digitalBusiness']], ['Mais au final, c’est nous qui décidons.', ['dimension.governance']]],
    memo: 'Vision « Digital Business » typique\u202f: attractivité et classement d’abord.',
  },
  {
    pseudonym: 'Élue B', group: 'city', role: 'adjointe à la transition écologique', daysAgo: 200, consent: 'quotes',
    transcript: 'Q\u202f: Pour vous, qu’est-ce qu’une ville intelligente\u202f?\nR\u202f: Une ville neutre en carbone. Il faut optimiser l’énergie, réguler les flux de voitures.\nQ\u202f: Les habitants le vivent comment\u202f?\nR\u202f: Certains le vivent comme des contraintes\u202f: moins de voiture, le tri, la sobriété. Il faudra des compteurs pour suivre les consommations.\nQ\u202f: Et la nature\u202f?\nR\u202f: Nous voulons aussi des îlots de fraîcheur et le retour de la nature en ville.',
    codings: [['Une ville neutre en carbone. Il faut optimiser l’énergie, réguler les flux de voitures.', ['orientation.ecoCity', 'dimension.environment', 'dimension.mobility']], ['Certains le vivent comme des contraintes\u202f: moins de voiture, le tri, la sobriété.', ['orientation.ecoCity']], ['Nous voulons aussi des îlots de fraîcheur et le retour de la nature en ville.', ['orientation.ecoCity', 'dimension.living']]],
  },
  {
    pseudonym: 'Cadre C', group: 'city', role: 'directeur des services numériques', daysAgo: 190, consent: 'analysis',
    transcript: 'Q\u202f: Quelle place pour la technologie\u202f?\nR\u202f: Les algorithmes nous aident à affecter les places en crèche et à régler les feux. Un humain valide encore, mais de moins en moins.\nQ\u202f: Les données personnelles\u202f?\nR\u202f: On garde des données individuelles quand c’est utile. On anonymise pour publier.',
    codings: [['Les algorithmes nous aident à affecter les places en crèche et à régler les feux.', ['orientation.digitalBusiness', 'dimension.governance']], ['Un humain valide encore, mais de moins en moins.', ['orientation.digitalBusiness']]],
  },
  {
    pseudonym: 'Asso D', group: 'associations', role: 'présidente d’un comité de quartier', daysAgo: 180, consent: 'quotes',
    transcript: 'Q\u202f: Pour vous, qu’est-ce qu’une ville intelligente\u202f?\nR\u202f: Une ville où il fait bon vivre, où l’on se connaît. La qualité de vie ressentie, pas un tableau de bord.\nQ\u202f: Qui décide des projets\u202f?\nR\u202f: On nous consulte après coup. Nous voulons co-construire dès le début, avec tout le monde, les précaires aussi.\nQ\u202f: Quelle place pour la technologie\u202f?\nR\u202f: Des outils simples que les habitants maîtrisent. Pas de gadgets.',
    codings: [['Une ville où il fait bon vivre, où l’on se connaît. La qualité de vie ressentie, pas un tableau de bord.', ['orientation.ethicHuman', 'dimension.living']], ['Nous voulons co-construire dès le début, avec tout le monde, les précaires aussi.', ['orientation.ethicHuman', 'dimension.governance']], ['Des outils simples que les habitants maîtrisent.', ['orientation.ethicHuman']]],
    memo: 'Le vocabulaire de la co-création revient sans qu’on le propose.',
  },
  {
    pseudonym: 'Asso E', group: 'associations', role: 'coordinateur d’une association environnementale', daysAgo: 170, consent: 'quotes',
    transcript: 'Q\u202f: La transition écologique, comment la voyez-vous\u202f?\nR\u202f: Pas une écologie punitive. Une ville organique, régénératrice, où la nature et les habitants sont au centre.\nQ\u202f: Et les capteurs\u202f?\nR\u202f: Des capteurs de qualité de l’air, oui, avec des données ouvertes. Mais pas de surveillance des gens.',
    codings: [['Pas une écologie punitive. Une ville organique, régénératrice, où la nature et les habitants sont au centre.', ['orientation.ecoCity', 'orientation.ethicHuman', 'dimension.environment']], ['Mais pas de surveillance des gens.', ['orientation.ethicHuman']]],
  },
  {
    pseudonym: 'Asso F', group: 'associations', role: 'responsable d’une épicerie solidaire', daysAgo: 160, consent: 'analysis',
    transcript: 'Q\u202f: Qui profite des projets « smart »\u202f?\nR\u202f: Les nouveaux arrivants aisés. Les loyers montent, nos bénéficiaires partent.\nQ\u202f: Que proposez-vous\u202f?\nR\u202f: L’équité de traitement\u202f: que chaque quartier compte, que les plus fragiles soient entendus.',
    codings: [['Les nouveaux arrivants aisés. Les loyers montent, nos bénéficiaires partent.', ['orientation.digitalBusiness', 'dimension.people']], ['L’équité de traitement\u202f: que chaque quartier compte, que les plus fragiles soient entendus.', ['orientation.ethicHuman', 'dimension.people']]],
  },
];
