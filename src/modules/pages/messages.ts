/** UI strings of the "page" component (merged into the processes catalog, which owns the component registry). */
export const pagesMessages = {
  fr: {
    'components.page.name': 'Page d’information',
    'components.page.empty': 'Cette page n’a pas encore de contenu.',
    'components.page.phases': 'Calendrier de la démarche',
    'components.page.content': 'Contenu de la page',
    'components.page.content.body_fr': 'Texte en français',
    'components.page.content.body_en': 'Texte en anglais',
    'components.page.bodyEnHint': 'Facultatif : sans texte anglais, le texte français est affiché.',
    'components.page.syntax':
      'Mise en forme possible : une ligne vide sépare les paragraphes ; **gras** ; *italique* ; [texte du lien](https://adresse) ; listes avec « - » ou « 1. » en début de ligne. Le HTML est affiché tel quel.',
    'components.page.settings.showPhases': 'Afficher le calendrier de la démarche sous le texte',
    'components.page.settings.notice': 'Message affiché en haut de la page pendant cette phase',
  },
  en: {
    'components.page.name': 'Information page',
    'components.page.empty': 'This page has no content yet.',
    'components.page.phases': 'Process calendar',
    'components.page.content': 'Page content',
    'components.page.content.body_fr': 'Text in French',
    'components.page.content.body_en': 'Text in English',
    'components.page.bodyEnHint': 'Optional: without an English text, the French one is shown.',
    'components.page.syntax':
      'Formatting: a blank line separates paragraphs; **bold**; *italic*; [link text](https://address); lists with "- " or "1. " at the start of a line. HTML is shown as text.',
    'components.page.settings.showPhases': 'Show the process calendar under the text',
    'components.page.settings.notice': 'Notice shown at the top of the page during this phase',
  },
};
