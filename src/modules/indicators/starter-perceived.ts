import type { Dimension } from '../../engines/indicators/index.ts';
import type { StarterIndicator } from './starter-catalogue.ts';

const source = 'Enquête « Qualité de vie dans mon quartier » (cocity), thèmes de l’enquête européenne Quality of Life in European Cities';

/** A perceived indicator: a satisfaction question of the quality-of-life survey, read as the share of 4 and 5 answers. */
function p(code: string, dimension: Dimension, factor: string, name_fr: string, name_en: string, about_fr: string, about_en: string): StarterIndicator {
  return {
    code: `perceived-${code}`,
    name_fr,
    name_en,
    dimension,
    factor,
    unit: '%',
    polarity: 'higher-better',
    kind: 'perceived',
    source,
    method_fr: `Part des répondants du quartier satisfaits (4 ou 5 sur une échelle de 1 à 5) ${about_fr}. Publié seulement à partir de 5 réponses dans le quartier.`,
    method_en: `Share of the neighbourhood’s respondents who are satisfied (4 or 5 on a scale from 1 to 5) ${about_en}. Published only from 5 answers in the neighbourhood.`,
    iso37120: '',
    sdg: '',
  };
}

// One per lived aspect of the survey; every dimension has at least one, so each has a perceived side.
export const perceivedStarterIndicators: StarterIndicator[] = [
  p('jobs', 'economy', 'labour-market', 'Facilité perçue à trouver un bon emploi', 'Perceived ease of finding a good job', 'de la facilité à trouver un bon emploi', 'with how easy it is to find a good job'),
  p('education', 'people', 'lifelong-learning', 'Satisfaction : écoles et formation', 'Satisfaction: schools and training', 'des écoles et des possibilités de formation', 'with schools and training opportunities'),
  p('administration', 'governance', 'public-services', 'Satisfaction : administration locale', 'Satisfaction: local administration', 'des services de l’administration locale', 'with the local administration’s services'),
  p('listening', 'governance', 'participation-in-decisions', 'Sentiment d’être écouté par la ville', 'Feeling listened to by the city', 'de la manière dont la ville écoute les habitants', 'with how the city listens to residents'),
  p('public-transport', 'mobility', 'local-accessibility', 'Satisfaction : transports publics', 'Satisfaction: public transport', 'des transports publics', 'with public transport'),
  p('green-spaces', 'environment', 'natural-conditions', 'Satisfaction : espaces verts', 'Satisfaction: green spaces', 'des espaces verts (parcs, jardins)', 'with green spaces (parks, gardens)'),
  p('air', 'environment', 'pollution', 'Satisfaction : qualité de l’air', 'Satisfaction: air quality', 'de la qualité de l’air', 'with air quality'),
  p('noise', 'environment', 'pollution', 'Satisfaction : niveau de bruit', 'Satisfaction: noise level', 'du niveau de bruit', 'with the noise level'),
  p('safety-night', 'living', 'individual-safety', 'Sentiment de sécurité la nuit', 'Feeling safe at night', 'de leur sécurité en marchant seuls la nuit', 'with their safety walking alone at night'),
  p('housing', 'living', 'housing-quality', 'Satisfaction : logement', 'Satisfaction: housing', 'de la possibilité de trouver un bon logement à un prix raisonnable', 'with finding good housing at a reasonable price'),
  p('culture', 'living', 'cultural-facilities', 'Satisfaction : offre culturelle', 'Satisfaction: cultural facilities', 'de l’offre culturelle (bibliothèques, salles, musées)', 'with cultural facilities (libraries, venues, museums)'),
];
