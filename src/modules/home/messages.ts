/** UI strings of the home module. */
export const homeMessages = {
  fr: {
    'home.title': 'Une ville construite avec ses habitants',
    'home.intro':
      'cocity permet aux habitants, aux associations, aux commerces de proximité et au conseil municipal de co-construire les projets de la ville : proposer, débattre, décider ensemble et suivre les résultats.',
    'home.orientation':
      'Parmi les orientations qu’une ville peut prendre, cocity choisit celle de la « ville éthique et humaine » : la technologie au service de la co-création, de la solidarité et de la qualité de vie, avec des données ouvertes et anonymes et des décisions qui restent entre des mains humaines.',
    'home.open': 'Démarches en cours et à venir',
    'home.closed': 'Démarches terminées',
    'home.noneOpen': 'Aucune démarche en cours pour le moment.',
    'home.noneClosed': 'Aucune démarche terminée pour le moment.',
    'home.allProcesses': 'Toutes les démarches participatives',
  },
  en: {
    'home.title': 'A city built with its people',
    'home.intro':
      'cocity lets residents, associations, local businesses and the city council co-create the city’s projects: propose, discuss, decide together and follow the results.',
    'home.orientation':
      'Of the orientations a city can take, cocity chooses the “Ethic & Human City”: technology serving co-creation, solidarity and quality of life, with open, anonymous data and decisions kept in human hands.',
    'home.open': 'Current and upcoming processes',
    'home.closed': 'Closed processes',
    'home.noneOpen': 'No process is open at the moment.',
    'home.noneClosed': 'No process has closed yet.',
    'home.allProcesses': 'All participatory processes',
  },
};
