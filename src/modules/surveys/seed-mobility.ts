import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/schema.ts';
import type { Condition, Labelled } from './questions.ts';

const labelled = (prefix: string, list: [string, string][]): Labelled[] => list.map(([fr, en], i) => ({ key: `${prefix}${i + 1}`, fr, en }));
const safety: Labelled[] = labelled('', [['Pas du tout', 'Not at all'], ['Plutôt pas', 'Rather not'], ['Moyennement', 'Somewhat'], ['Plutôt', 'Rather'], ['Tout à fait', 'Completely']]);
const quality: Labelled[] = labelled('', [['Très mauvais', 'Very poor'], ['Mauvais', 'Poor'], ['Correct', 'Fair'], ['Bon', 'Good'], ['Très bon', 'Very good']]);

/**
 * The demo's open survey on getting around: every kind of question, and three chained conditions
 * (cycling → feeling unsafe → wanting separate lanes → which street), so a resident sees the chain work.
 */
export function mobilitySurveyQuestions(componentId: string): Database['survey_question'][] {
  const ids = Array.from({ length: 7 }, () => randomUUID());
  const row = (position: number, kind: string, title_fr: string, title_en: string, more: Partial<Database['survey_question']> = {}): Database['survey_question'] => ({
    id: ids[position],
    component_id: componentId,
    position,
    kind,
    required: 1,
    title_fr,
    title_en,
    help_fr: '',
    help_en: '',
    options: '[]',
    items: '[]',
    scale_labels: '[]',
    condition: null,
    indicator_code: null,
    page_break: 0,
    ...more,
  });
  const when = (question: number, op: Condition['op'], value: string) => JSON.stringify({ question: ids[question], op, value } satisfies Condition);
  return [
    row(0, 'single', 'Comment vous déplacez-vous le plus souvent\u202f?', 'How do you most often get around?', { options: JSON.stringify(labelled('o', [['À pied', 'On foot'], ['À vélo', 'By bike'], ['En bus ou en tram', 'By bus or tram'], ['En voiture', 'By car'], ['Autrement', 'Otherwise']])) }),
    row(1, 'scale', 'Vous sentez-vous en sécurité à vélo\u202f?', 'Do you feel safe on a bike?', { scale_labels: JSON.stringify(safety), condition: when(0, 'equals', 'o2') }),
    row(2, 'multiple', 'Qu’est-ce qui vous rassurerait\u202f?', 'What would make you feel safer?', { options: JSON.stringify(labelled('o', [['Des pistes séparées des voitures', 'Lanes separated from cars'], ['Moins de vitesse', 'Lower speeds'], ['Un meilleur éclairage', 'Better lighting'], ['Des arceaux sûrs', 'Safe bike racks']])), condition: when(1, 'atMost', '2') }),
    row(3, 'long-text', 'Sur quelle rue une piste séparée manque-t-elle le plus\u202f?', 'Which street most lacks a separate lane?', { required: 0, condition: when(2, 'includes', 'o1') }),
    row(4, 'matrix', 'Comment jugez-vous ces services\u202f?', 'How do you rate these services?', { items: JSON.stringify(labelled('i', [['Les bus', 'Buses'], ['Les vélos en libre-service', 'Shared bikes'], ['Les trottoirs', 'Pavements']])), scale_labels: JSON.stringify(quality), page_break: 1 }),
    row(5, 'short-text', 'Un mot pour la ville\u202f?', 'A word for the city?', { required: 0 }),
    row(6, 'neighbourhood', 'Dans quel quartier habitez-vous\u202f?', 'Which neighbourhood do you live in?'),
  ];
}
