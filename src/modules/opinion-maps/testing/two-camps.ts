/** Ten statements on which eight residents split into two clear camps, plus one (index 8) everybody agrees with. */
export const twoCampStatements = [
  'Il faut plus de caméras de surveillance dans le centre.',
  'Les capteurs de stationnement doivent couvrir toute la ville.',
  'La police municipale doit pouvoir consulter les images en direct.',
  'Un capteur utile vaut mieux qu’un long débat.',
  'La reconnaissance faciale doit être interdite.',
  'Aucun capteur sans l’accord d’un comité d’habitants.',
  'Les données brutes doivent être effacées sous 30 jours.',
  'Le comptage wifi des piétons est une surveillance déguisée.',
  'Chaque capteur doit porter un panneau expliquant ce qu’il mesure.',
  'La ville devrait mesurer le bruit la nuit.',
];

/** Camp of resident r (0–7): the first four are camp 0, the others camp 1. */
export const campOf = (resident: number) => (resident < 4 ? 0 : 1);

/** How resident r votes on statement s. */
export function twoCampVote(resident: number, statement: number): 'agree' | 'disagree' | 'pass' {
  const camp = campOf(resident);
  if (statement === 8) return 'agree';
  if (statement === 9) return camp === 0 ? 'agree' : 'pass';
  const campZeroAgrees = statement < 4;
  return campZeroAgrees === (camp === 0) ? 'agree' : 'disagree';
}
