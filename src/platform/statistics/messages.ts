import { type MessageEntry, messagesFromEntries } from '../i18n/message-set.ts';
/** Strings shown beside published statistics (small counts, noise, the privacy budget), French and English side by side. */
const entries = [
  ['statistics.fewerThan', 'moins de {n}', 'fewer than {n}'],
  ['statistics.noised', 'bruité, ε = {epsilon}', 'noised, ε = {epsilon}'],
  [
    'statistics.noiseExplained',
    'Les nombres marqués « bruité » ont reçu un bruit aléatoire (confidentialité différentielle) : ils restent proches des vrais nombres sans permettre de savoir si une personne en particulier y figure. Plus ε est petit, plus la protection est forte et le bruit grand. Chiffres publiés le {date} ; ils ne changent pas d’ici la prochaine publication.',
    'Figures marked "noised" carry random noise (differential privacy): they stay close to the true numbers without revealing whether any one person is counted. The smaller ε, the stronger the protection and the larger the noise. Figures published on {date}; they do not change until the next release.',
  ],
  [
    'statistics.budgetExhausted',
    'Le budget de confidentialité de ces statistiques est épuisé pour {period} (ε {spent} dépensé sur {budget}) : aucun nouveau chiffre ne sera publié avant la prochaine période.',
    'The privacy budget of these statistics is spent for {period} (ε {spent} of {budget}): no new figures will be published before the next period.',
  ],
  ['statistics.lifetime', 'toute leur durée', 'their whole life'],
  ['statistics.showingLatest', 'Voici les derniers chiffres publiés.', 'These are the latest figures published.'],
] as const satisfies readonly MessageEntry[];

export const statisticsMessages = messagesFromEntries(entries);
