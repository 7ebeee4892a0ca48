import { punctuate } from './i18n/index.ts';

type MailKind = 'verify' | 'reset' | 'changeEmail';

const texts: Record<'fr' | 'en', Record<MailKind, { subject: string; text: (url: string) => string }>> = {
  fr: {
    verify: {
      subject: 'cocity : confirmez votre adresse e-mail',
      text: (url) => `Bonjour,\n\nPour confirmer votre adresse e-mail et activer votre compte cocity, ouvrez ce lien :\n${url}\n\nSi vous n'avez pas créé de compte, ignorez ce message.`,
    },
    changeEmail: {
      subject: 'cocity : confirmez votre nouvelle adresse e-mail',
      text: (url) => `Bonjour,\n\nVous avez demandé à utiliser cette adresse pour votre compte cocity. Pour confirmer, ouvrez ce lien :\n${url}\n\nSi vous n'avez rien demandé, ignorez ce message : votre adresse actuelle reste en place.`,
    },
    reset: {
      subject: 'cocity : réinitialiser votre mot de passe',
      text: (url) => `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n${url}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
    },
  },
  en: {
    verify: {
      subject: 'cocity: confirm your email address',
      text: (url) => `Hello,\n\nTo confirm your email address and activate your cocity account, open this link:\n${url}\n\nIf you did not create an account, ignore this message.`,
    },
    changeEmail: {
      subject: 'cocity: confirm your new email address',
      text: (url) => `Hello,\n\nYou asked to use this address for your cocity account. To confirm, open this link:\n${url}\n\nIf you did not ask for this, ignore this message: your current address stays in place.`,
    },
    reset: {
      subject: 'cocity: reset your password',
      text: (url) => `Hello,\n\nTo choose a new password, open this link (valid for one hour):\n${url}\n\nIf you did not ask for this, ignore this message.`,
    },
  },
};

/** Subject and body of an account email in the person's language (French by default), naming the city's platform. */
export function mailText(kind: MailKind, url: string, locale?: string | null, platform = 'cocity'): { subject: string; text: string } {
  const lang = locale === 'en' ? 'en' : 'fr';
  const t = texts[lang][kind];
  // The texts say "cocity" where the platform is named; the city's own name replaces it once an admin set one.
  const named = (text: string) => punctuate(lang, text.replaceAll('cocity', platform));
  return { subject: named(t.subject), text: named(t.text(url)) };
}
