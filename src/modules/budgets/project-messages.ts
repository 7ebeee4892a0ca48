/** Strings of budget projects' proposal links, in French and English (merged into messages.ts). */
export const projectMessages = {
  fr: {
    'budgets.projectForm.proposals': 'Propositions d’origine',
    'budgets.projectForm.proposalsHint': 'Cochez les propositions de cette concertation d’où vient le projet.',
    'budgets.projectForm.noProposals': 'Cette concertation n’a pas encore de proposition.',
    'budgets.project.fromProposals': 'Ce projet vient des propositions',
    'budgets.project.image': 'Image',
  },
  en: {
    'budgets.projectForm.proposals': 'Original proposals',
    'budgets.projectForm.proposalsHint': 'Tick the proposals of this process the project comes from.',
    'budgets.projectForm.noProposals': 'This process has no proposals yet.',
    'budgets.project.fromProposals': 'This project comes from the proposals',
    'budgets.project.image': 'Image',
  },
};
