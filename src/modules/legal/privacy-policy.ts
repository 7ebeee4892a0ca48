import type { Locale } from '../../config.ts';
import { personalDataSections, personalDataTables, type PersonalDataSection } from './personal-data.ts';

/** What the default legal texts may name: the city, and the addresses of this instance. */
export interface LegalTextVariables {
  city: string;
  baseUrl: string;
}

type SectionText = { title: string; body: string };

// What, how long, who sees it: one paragraph each, from what the code does (docs/security.md says the same).
const sections: Record<Locale, Record<PersonalDataSection, SectionText>> = {
  fr: {
    account: {
      title: 'Votre compte',
      body: 'Votre nom, votre adresse électronique, votre langue, votre rôle (habitant, modération, administration), la date de création du compte et la version des conditions d’utilisation acceptée, avec sa date. Votre mot de passe n’est jamais lisible : seule une empreinte (scrypt) est gardée. Conservé tant que le compte existe ; à la suppression, le nom et l’adresse sont effacés. Vus par vous ; les administrateurs de la ville voient le nom, l’adresse et le rôle.',
    },
    sessions: {
      title: 'Vos connexions',
      body: 'Pour chaque connexion : sa date, son expiration, l’adresse réseau et le navigateur utilisés. Une connexion dure 30 jours, prolongée quand vous revenez ; vous pouvez y mettre fin depuis « Sécurité » dans votre compte. Vues par vous seul.',
    },
    verification: {
      title: 'Vérification de l’adresse et mots de passe oubliés',
      body: 'Un lien de réinitialisation du mot de passe est gardé une heure, sous forme d’empreinte seulement, puis supprimé. Le lien de confirmation de l’adresse électronique n’est pas enregistré : il est signé et expire après 24 heures.',
    },
    identity: {
      title: 'Vérification d’identité',
      body: 'Quand une démarche demande d’être habitant·e vérifié·e : la méthode (recensement, courrier, accueil en mairie), le quartier, les dates de vérification et d’expiration, l’agent·e d’accueil qui a vérifié, et les démarches pour lesquelles la vérification a servi. Aucun identifiant, date de naissance, document, nom ni adresse n’est gardé en clair : seulement une empreinte à clé secrète, la même que celle du fichier de recensement importé par la ville (qui ne garde que ces empreintes et les quartiers). L’adresse d’un courrier est chiffrée jusqu’à son impression, puis effacée ; son code ne vaut que 30 jours. À la suppression du compte, il ne reste que l’empreinte tant qu’un vote qu’elle a permis est ouvert, puis rien. Vues par vous et par les administrateurs.',
    },
    contributions: {
      title: 'Vos contributions',
      body: 'Ce que vous publiez et qui est public par nature : propositions et leurs versions, co-autrices et co-auteurs, soutiens, commentaires et leurs votes, images et documents PDF envoyés (avec leur texte alternatif), organisations et leurs membres, invitations, questions posées aux registres, initiatives proposées à la boussole. Conservées pour la mémoire des démarches ; à la suppression de votre compte, elles restent signées « participant·e supprimé·e ». Vues par tout le monde, comme sur les pages publiques ; les invitations, par l’organisation et la personne invitée.',
    },
    notifications: {
      title: 'Notifications et courriels',
      body: 'Les notifications qui vous sont adressées (réponse officielle, commentaire, modération) et vos préférences d’envoi par courriel. Supprimées avec votre compte. Les courriels envoyés ne sont pas conservés, sauf quand la plateforme n’a pas de serveur de courrier configuré (démonstration) : ils restent alors dans une file lisible par les administrateurs. Vues par vous.',
    },
    moderation: {
      title: 'Modération',
      body: 'Les signalements que vous faites (vus par les modératrices et modérateurs, jamais publiés avec votre nom), les décisions de modération avec leur motif public, et les suspensions éventuelles de compte avec leur durée. Conservés pour pouvoir rendre compte des décisions.',
    },
    meetings: {
      title: 'Réunions publiques',
      body: 'Votre inscription à une réunion : sa place (confirmée, en liste d’attente, annulée), votre code d’entrée, l’heure d’accueil et de rappel ; une fois la place confirmée, le nom, le téléphone et les besoins particuliers que vous donnez, et si vous acceptez de les partager avec l’organisateur. Ces coordonnées sont effacées à l’annulation, et 30 jours après la réunion. Vues par vous ; l’organisateur ne voit nom, téléphone et besoins que si vous l’avez accepté, jamais votre adresse électronique.',
    },
    opinionMaps: {
      title: 'Cartes d’opinion',
      body: 'Votre participation, vos affirmations et vos votes (d’accord, pas d’accord, passer), rattachés à votre compte ou à un pseudonyme : l’empreinte d’un cookie aléatoire de votre navigateur, sans nom. Le nombre de pseudonymes venus d’un même réseau est compté chaque jour sous une empreinte effacée à la fin de la journée ; aucune adresse réseau n’est enregistrée. Une carte d’opinion est une conversation publique : les résultats publiés montrent des groupes, jamais une personne.',
    },
    voterRegister: {
      title: 'Budget participatif : liste d’émargement et bulletins',
      body: 'La liste d’émargement, séparée des bulletins, dit seulement que vous avez voté (et votre quartier de vote). Les bulletins ne portent ni nom ni identifiant : ils attendent par lots de dix puis sont mélangés au hasard sous de nouveaux identifiants, et le dépouillement remélange toute l’urne ; ni l’ordre, ni l’heure, ni un identifiant ne relie un bulletin à la liste. Votre reçu (que vous seul détenez) permet de modifier votre vote ; la base n’en garde qu’une empreinte, différente côté liste et côté bulletin. Personne, administrateurs compris, ne peut savoir ce que vous avez choisi.',
    },
    surveys: {
      title: 'Questionnaires',
      body: 'Le fait d’avoir répondu à un questionnaire une année donnée. Un questionnaire est anonyme par défaut : les réponses sont mélangées par lots comme les bulletins et ne sont pas reliées à vous ; un brouillon vous est rattaché jusqu’à son envoi, puis supprimé. Un questionnaire « signé » l’annonce avant de répondre. Les réponses libres sont lues par les administrateurs, sans identité.',
    },
    compass: {
      title: 'Boussole de la ville',
      body: 'Vos évaluations des initiatives selon les huit critères (et leurs versions précédentes) ; pour les entretiens de recherche : un pseudonyme, un groupe, un rôle, la date, le consentement et la transcription, lus par les administrateurs seulement. Le retrait du consentement supprime la transcription, son codage et ses notes. Les pages publiques montrent des groupes, jamais une personne.',
    },
    staff: {
      title: 'Actions du personnel de la ville',
      body: 'Les actions d’administration et de modération (qui a fait quoi, quand), les personnes chargées des registres et leurs modifications, le contact donné pour un algorithme public, qui a lancé un dépouillement, créé un capteur, une grille d’entretien ou une analyse, rédigé un compte rendu de réunion, envoyé les images et documents d’une démarche ou d’un projet de budget (ils restent avec eux), reçu le rôle d’accueil pour les vérifications, modifié une page légale. Conservées pour rendre des comptes ; vues par les administrateurs, et par vous pour vos propres actions dans l’export de vos données.',
    },
    security: {
      title: 'Protection contre les abus',
      body: 'Des compteurs de tentatives (connexion, création de compte, envois), nommés par adresse électronique ou adresse réseau, supprimés après un jour sans usage. Vus par personne : ils servent seulement à freiner les abus.',
    },
  },
  en: {
    account: {
      title: 'Your account',
      body: 'Your name, email address, language, role (resident, moderator, admin), when the account was created, and which version of the terms of use you accepted, and when. Your password is never readable: only a hash (scrypt) is kept. Kept while the account exists; when you delete it, name and address are erased. Seen by you; the city’s admins see the name, address and role.',
    },
    sessions: {
      title: 'Your sign-ins',
      body: 'For each sign-in: when it started, when it ends, and the network address and browser used. A sign-in lasts 30 days, extended when you come back; you can end any of them from "Security" in your account. Seen by you only.',
    },
    verification: {
      title: 'Email confirmation and forgotten passwords',
      body: 'A password-reset link is kept for one hour, as a hash only, then deleted. The email confirmation link is not stored: it is signed and expires after 24 hours.',
    },
    identity: {
      title: 'Identity verification',
      body: 'When a process asks for verified residents: the method (census, letter, help desk), the neighbourhood, when the verification was made and when it expires, the help-desk staff member who verified, and which processes it was used for. No identifier, birth date, document, name or address is kept in clear: only a fingerprint made with a secret key, the same as in the census file the city imports (which keeps only those fingerprints and neighbourhoods). A letter’s address is encrypted until printed, then erased; its code works for 30 days. When you delete your account only the fingerprint stays, while a vote it allowed is still open, then nothing. Seen by you and the admins.',
    },
    contributions: {
      title: 'Your contributions',
      body: 'What you publish, which is public by nature: proposals and their versions, co-authors, supports, comments and their votes, uploaded images and PDF documents (with their alt text), organisations and their members, invitations, questions asked to the registers, initiatives proposed to the compass. Kept as the record of the processes; when you delete your account they stay, signed "deleted participant". Seen by everyone, as on the public pages; invitations by the organisation and the person invited.',
    },
    notifications: {
      title: 'Notifications and emails',
      body: 'The notifications addressed to you (official answer, comment, moderation) and your email preferences. Deleted with your account. Sent emails are not kept, except when the platform has no mail server configured (a demonstration): they then wait in a queue the admins can read. Seen by you.',
    },
    moderation: {
      title: 'Moderation',
      body: 'The reports you make (seen by moderators, never published with your name), moderation decisions with their public reason, and any suspension of an account with its length. Kept so that decisions can be accounted for.',
    },
    meetings: {
      title: 'Public meetings',
      body: 'Your registration for a meeting: your place (confirmed, on the waiting list, cancelled), your entry code, when you were checked in and reminded; once your seat is confirmed, the name, phone number and particular needs you give, and whether you agree to share them with the organiser. These details are erased when you cancel, and 30 days after the meeting. Seen by you; the organiser sees name, phone and needs only if you agreed, never your email address.',
    },
    opinionMaps: {
      title: 'Opinion maps',
      body: 'Your participation, your statements and your votes (agree, disagree, pass), tied to your account or to a pseudonym: the hash of a random cookie of your browser, with no name. How many pseudonyms came from one network is counted each day under a fingerprint erased when the day ends; no network address is stored. An opinion map is a public conversation: published results show groups, never a person.',
    },
    voterRegister: {
      title: 'Participatory budget: the register of voters and the ballots',
      body: 'The register of voters, kept apart from the ballots, says only that you voted (and your voting neighbourhood). Ballots carry no name and no identifier: they wait in batches of ten and are then shuffled at random under new identifiers, and the count shuffles the whole ballot box again; no order, time or identifier links a ballot to the register. Your receipt (which only you hold) lets you change your vote; the database keeps only a fingerprint of it, a different one on the register and on the ballot. Nobody, admins included, can know what you chose.',
    },
    surveys: {
      title: 'Surveys',
      body: 'That you answered a survey in a given year. A survey is anonymous by default: answers are shuffled in batches like ballots and are not linked to you; a draft is tied to you until you send it, then deleted. A "signed" survey says so before you answer. Free-text answers are read by admins, without any identity.',
    },
    compass: {
      title: 'City compass',
      body: 'Your assessments of initiatives against the eight criteria (and their earlier versions); for research interviews: a pseudonym, a group, a role, the date, the consent and the transcript, read by admins only. Withdrawing consent deletes the transcript, its coding and its notes. Public pages show groups, never a person.',
    },
    staff: {
      title: 'What city staff do',
      body: 'Administration and moderation actions (who did what, when), the people in charge of the registers and their changes, the contact given for a public algorithm, who started a count, added a sensor, an interview guide or an analysis, wrote meeting minutes, sent the images and documents of a process or a budget project (they stay with it), was named to the verification help desk, or edited a legal page. Kept for accountability; seen by admins, and by you for your own actions in your data export.',
    },
    security: {
      title: 'Protection against abuse',
      body: 'Counters of attempts (sign-in, sign-up, sending), named by email address or network address, deleted after a day unused. Seen by nobody: they only slow abuse down.',
    },
  },
};

const frame: Record<Locale, { intro: string; heading: string; tables: string; rights: string }> = {
  fr: {
    intro:
      'Cette plateforme de participation est publiée par {city}. Elle collecte le moins possible : rien n’est transmis à des tiers, aucune mesure d’audience, aucun service extérieur n’est appelé par vos pages. Les statistiques publiées sont anonymes (les effectifs de moins de 5 ne sont jamais montrés).',
    heading: 'Ce que la plateforme enregistre sur vous',
    tables: 'Dans la base de données : {tables}.',
    rights:
      '## Vos droits\n\nVous pouvez à tout moment télécharger tout ce que la plateforme garde sur vous ([télécharger mes données]({baseUrl}/account/export)) et supprimer votre compte ([supprimer mon compte]({baseUrl}/account/delete)). Pour toute autre demande (accès, rectification, opposition), écrivez à {city}. Vous pouvez aussi saisir la CNIL (https://www.cnil.fr).',
  },
  en: {
    intro:
      'This participation platform is published by {city}. It collects as little as it can: nothing is passed to third parties, there is no audience measurement, and your pages call no outside service. Published statistics are anonymous (counts below 5 are never shown).',
    heading: 'What the platform records about you',
    tables: 'In the database: {tables}.',
    rights:
      '## Your rights\n\nYou can at any time download everything the platform keeps about you ([download my data]({baseUrl}/account/export)) and delete your account ([delete my account]({baseUrl}/account/delete)). For any other request (access, correction, objection), write to {city}. You may also complain to the data protection authority (in France, the CNIL: https://www.cnil.fr).',
  },
};

const fill = (text: string, vars: LegalTextVariables) => text.replaceAll('{city}', vars.city).replaceAll('{baseUrl}', vars.baseUrl);

/** The default privacy policy (Markdown subset), built from the list of tables that hold personal data. */
export function defaultPrivacyPolicy(locale: Locale, vars: LegalTextVariables): string {
  const f = frame[locale];
  const parts = [fill(f.intro, vars), `## ${f.heading}`];
  for (const key of personalDataSections) {
    const s = sections[locale][key];
    parts.push(`### ${s.title}`, s.body, `*${f.tables.replace('{tables}', personalDataTables[key].join(', '))}*`);
  }
  parts.push(fill(f.rights, vars));
  return parts.join('\n\n');
}
