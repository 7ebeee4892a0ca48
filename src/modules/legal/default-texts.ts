import type { Locale } from '../../config.ts';
import { formatDate, spaceMarks } from '../../platform/i18n/index.ts';
import { accessibilityAudit } from './accessibility-audit.ts';
import { defaultPrivacyPolicy, type LegalTextVariables } from './privacy-policy.ts';

/** The four pages a city must publish, in footer order. */
export const legalPages = ['notice', 'privacy', 'terms', 'accessibility'] as const;
export type LegalPage = (typeof legalPages)[number];

/** Whether a path segment names a legal page. */
export const isLegalPage = (value: string): value is LegalPage => (legalPages as readonly string[]).includes(value);

const notice: Record<Locale, string> = {
  fr: `## Éditeur
Cette plateforme est éditée par {city}. Directrice ou directeur de la publication : la maire ou le maire de {city}, ou la personne que la ville désigne.

## Hébergement
La plateforme est hébergée par la ville ou par le prestataire qu’elle a choisi ; la ville complète ici son nom et son adresse.

## Logiciel
La plateforme utilise cocity, un logiciel libre. Les contenus publiés par les habitantes, les habitants et les organisations engagent leurs auteurs ; la ville les modère selon les conditions d’utilisation.

## Contact
Pour toute question sur ce site, écrivez à {city}.`,
  en: `## Publisher
This platform is published by {city}. Publication director: the mayor of {city}, or the person the city appoints.

## Hosting
The platform is hosted by the city or by the provider it chose; the city completes its name and address here.

## Software
The platform runs cocity, free software. What residents and organisations publish is their authors’ responsibility; the city moderates it under the terms of use.

## Contact
For any question about this site, write to {city}.`,
};

const terms: Record<Locale, string> = {
  fr: `Ces conditions s’appliquent à toute personne qui crée un compte sur la plateforme de participation de {city}.

## Votre compte
Un compte par personne. Vous donnez une adresse électronique qui est la vôtre et vous gardez votre mot de passe pour vous. Vous pouvez supprimer votre compte à tout moment.

## Ce que vous publiez
Vous restez autrice ou auteur de vos propositions et commentaires et vous acceptez qu’ils soient publiés sur la plateforme et dans ses données ouvertes. Vous vous exprimez avec respect : pas d’insulte, de propos discriminatoire, de données personnelles d’autrui, de publicité ni de contenu illégal.

## Modération
La ville peut masquer un contenu contraire à ces règles ; le motif est publié et l’autrice ou l’auteur est prévenu. Un compte qui enfreint ces règles à plusieurs reprises peut être suspendu.

## Votes
Chaque personne vote une fois par vote. Les bulletins sont secrets : personne ne peut savoir ce que vous avez choisi.

## Changements
Quand ces conditions changent de façon importante, la plateforme vous demande de les accepter à nouveau à votre prochaine connexion.`,
  en: `These terms apply to everyone who creates an account on the participation platform of {city}.

## Your account
One account per person. You give an email address that is yours and keep your password to yourself. You can delete your account at any time.

## What you publish
You remain the author of your proposals and comments, and you agree that they are published on the platform and in its open data. You speak with respect: no insults, no discrimination, no one else’s personal data, no advertising and nothing illegal.

## Moderation
The city may hide content that breaks these rules; the reason is published and the author is told. An account that breaks them repeatedly may be suspended.

## Votes
Each person votes once in each vote. Ballots are secret: nobody can know what you chose.

## Changes
When these terms change in an important way, the platform asks you to accept them again the next time you sign in.`,
};

const accessibility: Record<Locale, string> = {
  fr: `{city} s’engage à rendre sa plateforme de participation accessible à toutes et à tous, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.

## Norme appliquée
Le référentiel est le RGAA 4.1 (référentiel général d’amélioration de l’accessibilité), qui reprend les critères du niveau AA des WCAG 2.1.

## État de conformité
La plateforme est **partiellement conforme** : aucun audit complet du RGAA n’a encore été mené par la ville. Les vérifications automatiques donnent le résultat suivant.

- Outil : {tool}.
- Pages vérifiées : {pages} pages publiques, en français et en anglais, à la largeur d’un téléphone (390 pixels) ; les autres parcours vérifient aussi chaque page qu’ils visitent sur un écran large.
- Non-conformités graves ou critiques relevées : {violations}.
- Date de la mesure : {date}.

Chaque page fonctionne sans JavaScript, se lit au clavier, et garde un contraste d’au moins 4,5:1. Les vérifications automatiques ne trouvent qu’une partie des obstacles : signalez-nous ceux que vous rencontrez.

## Signaler un problème
Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez à {city} : nous vous apporterons l’information sous une autre forme.

## Voies de recours
Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (https://www.defenseurdesdroits.fr).`,
  en: `{city} is committed to making its participation platform accessible to everyone.

## Standard
The reference is WCAG 2.1 level AA (for French public bodies, the RGAA 4.1, which takes up the same criteria).

## Compliance status
The platform is **partially compliant**: the city has not yet had a full audit carried out. The automated checks give the following result.

- Tool: {tool}.
- Pages checked: {pages} public pages, in French and English, at the width of a phone (390 pixels); the other journeys also check every page they visit on a wide screen.
- Serious or critical violations found: {violations}.
- Measured on: {date}.

Every page works without JavaScript, can be used with the keyboard, and keeps a contrast of at least 4.5:1. Automated checks find only part of the barriers: tell us about the ones you meet.

## Reporting a problem
If you cannot reach a content or a service, write to {city}: we will give you the information in another form.

## Remedies
If you do not get a satisfying answer, you may refer the matter to the Défenseur des droits (https://www.defenseurdesdroits.fr), France’s rights ombudsman.`,
};

/** The text a legal page shows until the city's admins write their own (Markdown subset). */
export function defaultLegalText(page: LegalPage, locale: Locale, vars: LegalTextVariables): string {
  if (page === 'privacy') return spaceMarks(locale, defaultPrivacyPolicy(locale, vars));
  const text = spaceMarks(locale, { notice, terms, accessibility }[page][locale]);
  return text
    .replaceAll('{city}', vars.city)
    .replaceAll('{tool}', accessibilityAudit.tool)
    .replaceAll('{pages}', String(accessibilityAudit.pagesAudited))
    .replaceAll('{violations}', String(accessibilityAudit.seriousOrCritical))
    .replaceAll('{date}', formatDate(locale, accessibilityAudit.measuredOn));
}
