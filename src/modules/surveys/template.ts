import type { Labelled } from './questions.ts';

/** A question of a ready-made template, before it gets its id and position. */
export interface TemplateQuestion {
  kind: 'scale' | 'neighbourhood' | 'long-text';
  required: boolean;
  title_fr: string;
  title_en: string;
  indicatorCode: string | null;
}

/** The five points of the satisfaction scale used by the quality-of-life template. */
export const satisfactionScale: Labelled[] = [
  { key: '1', fr: 'Pas du tout satisfait', en: 'Not at all satisfied' },
  { key: '2', fr: 'Plutôt pas satisfait', en: 'Rather not satisfied' },
  { key: '3', fr: 'Ni l’un ni l’autre', en: 'Neither' },
  { key: '4', fr: 'Plutôt satisfait', en: 'Rather satisfied' },
  { key: '5', fr: 'Très satisfait', en: 'Very satisfied' },
];

const scale = (code: string, title_fr: string, title_en: string): TemplateQuestion => ({ kind: 'scale', required: true, title_fr, title_en, indicatorCode: `perceived-${code}` });

/**
 * "Quality of life in my neighbourhood": the respondent's neighbourhood, then one satisfaction
 * question per lived aspect of Giffinger's dimensions, after the themes of the EU's Quality of Life in
 * European Cities survey; each feeds the perceived indicator of the same name, per neighbourhood.
 */
export const qualityOfLifeTemplate: TemplateQuestion[] = [
  { kind: 'neighbourhood', required: true, title_fr: 'Dans quel quartier habitez-vous ?', title_en: 'Which neighbourhood do you live in?', indicatorCode: null },
  scale('public-transport', 'Dans votre quartier, êtes-vous satisfait des transports publics ?', 'In your neighbourhood, are you satisfied with public transport?'),
  scale('green-spaces', 'Êtes-vous satisfait des espaces verts (parcs, jardins) ?', 'Are you satisfied with green spaces (parks, gardens)?'),
  scale('air', 'Êtes-vous satisfait de la qualité de l’air ?', 'Are you satisfied with the quality of the air?'),
  scale('noise', 'Êtes-vous satisfait du niveau de bruit ?', 'Are you satisfied with the noise level?'),
  scale('safety-night', 'Vous sentez-vous en sécurité en marchant seul la nuit ?', 'Do you feel safe walking alone at night?'),
  scale('housing', 'Êtes-vous satisfait de la possibilité de trouver un bon logement à un prix raisonnable ?', 'Are you satisfied with the chance of finding good housing at a reasonable price?'),
  scale('jobs', 'Êtes-vous satisfait de la facilité à trouver un bon emploi ?', 'Are you satisfied with how easy it is to find a good job?'),
  scale('culture', 'Êtes-vous satisfait de l’offre culturelle (bibliothèques, salles, musées) ?', 'Are you satisfied with cultural facilities (libraries, venues, museums)?'),
  scale('education', 'Êtes-vous satisfait des écoles et des possibilités de formation ?', 'Are you satisfied with schools and training opportunities?'),
  scale('administration', 'Êtes-vous satisfait des services de l’administration locale ?', 'Are you satisfied with the local administration’s services?'),
  scale('listening', 'Êtes-vous satisfait de la manière dont la ville écoute ses habitants ?', 'Are you satisfied with how the city listens to its residents?'),
  { kind: 'long-text', required: false, title_fr: 'Autre chose à dire sur la vie dans votre quartier ?', title_en: 'Anything else about life in your neighbourhood?', indicatorCode: null },
];
